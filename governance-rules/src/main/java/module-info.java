/** The default account-governance playbook as ready policies, every threshold overridable. */
module org.accountgovernance.rules {
  requires transitive org.accountgovernance.core;
  requires static org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.accountgovernance.rules.escalation;
  exports org.accountgovernance.rules.update;
  exports org.accountgovernance.rules.program;
  exports org.accountgovernance.rules.cadence;
  exports org.accountgovernance.rules.engagement;
  exports org.accountgovernance.rules.authority;
  exports org.accountgovernance.rules.team;
  exports org.accountgovernance.rules.readiness;
  exports org.accountgovernance.rules.account;
  exports org.accountgovernance.rules.portfolio;
}
