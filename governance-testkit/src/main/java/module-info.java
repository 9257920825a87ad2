/**
 * Test support for account-governance and for hosts' own policies: generators, a settable clock,
 * assertions and contract property suites.
 */
module org.accountgovernance.testkit {
  requires transitive org.accountgovernance.core;
  requires transitive quicktheories;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires static org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.accountgovernance.testkit;
  exports org.accountgovernance.testkit.sla;
  exports org.accountgovernance.testkit.escalation;
  exports org.accountgovernance.testkit.update;
  exports org.accountgovernance.testkit.program;
  exports org.accountgovernance.testkit.cadence;
  exports org.accountgovernance.testkit.authority;
  exports org.accountgovernance.testkit.team;
}
