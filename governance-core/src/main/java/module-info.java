/**
 * The core of account-governance: value types, coverage calendars, response clocks and the SPI that
 * hosts implement.
 */
module org.accountgovernance.core {
  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.accountgovernance.core;
  exports org.accountgovernance.core.money;
  exports org.accountgovernance.core.sla;
  exports org.accountgovernance.core.escalation;
  exports org.accountgovernance.core.update;
  exports org.accountgovernance.core.program;
  exports org.accountgovernance.core.cadence;
  exports org.accountgovernance.core.engagement;
  exports org.accountgovernance.core.authority;
  exports org.accountgovernance.core.team;
  exports org.accountgovernance.core.readiness;
  exports org.accountgovernance.core.account;
  exports org.accountgovernance.core.internal to
      org.accountgovernance.rules,
      org.accountgovernance.testkit;
}
