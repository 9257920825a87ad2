package org.accountgovernance.core.account;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.authority.AccountDecisionRights;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.engagement.AccountRelationship;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.program.AccountEscalation;
import org.accountgovernance.core.readiness.ReadinessFacts;
import org.accountgovernance.core.team.AccountTeam;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything the playbook looks at for one account: its issues with their events, the account-level
 * escalation, the meetings held, the executive relationship, the team and the readiness facts.
 * Parts a host does not track are simply absent.
 *
 * <pre>{@code
 * AccountSnapshot.builder().account(AccountId.of("ACME")).zone(ZoneId.of("Europe/Berlin"))
 *     .addIssues(issue1, issue2).meetings(meetings).team(team).readiness(facts).build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class AccountSnapshot {
  AccountSnapshot() {}

  /**
   * The account.
   *
   * @return the account every part of the snapshot belongs to (checked on construction)
   */
  public abstract AccountId account();

  /**
   * Its zone.
   *
   * @return the account's time zone, in which local days, cut-offs and meeting times are counted
   */
  public abstract ZoneId zone();

  /**
   * Its issues, open or resolved.
   *
   * @return the account's issues, open or resolved, each with its own events; empty when it has
   *     none
   */
  public abstract List<Issue> issues();

  /**
   * The account-level escalation, if there is one.
   *
   * @return the account-level escalation record; empty when the account has none
   */
  public abstract Optional<AccountEscalation> escalation();

  /**
   * The operating cadence: phase and meetings held.
   *
   * @return the account's phase and the meetings held; empty when the host does not track the
   *     operating cadence
   */
  public abstract Optional<AccountMeetings> meetings();

  /**
   * The executive relationship.
   *
   * @return the profile, executive exchanges, contacts, metrics and ideas; empty when the host does
   *     not track executive involvement
   */
  public abstract Optional<AccountRelationship> relationship();

  /**
   * The account team.
   *
   * @return the roster of the account team; empty when the host does not track it
   */
  public abstract Optional<AccountTeam> team();

  /**
   * The readiness facts.
   *
   * @return the facts the readiness checklist looks at; empty when the host does not track them
   */
  public abstract Optional<ReadinessFacts> readiness();

  /**
   * The decision rights: the account's RACI matrices, actions awaiting approval, approvals given.
   *
   * @return the decision-rights facts, if the host tracks them
   */
  public abstract Optional<AccountDecisionRights> decisionRights();

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the account and zone are required, every other part may
   *     be left out
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountSnapshot}. */
  public static final class Builder extends ImmutableAccountSnapshot.Builder {}

  @Value.Check
  void check() {
    for (Issue issue : issues()) {
      if (!issue.account().equals(account())) {
        throw Checks.failure(
            "AccountSnapshot.issues[" + issue.id() + "].account",
            account().toString(),
            issue.account());
      }
    }
    escalation()
        .ifPresent(
            e ->
                Checks.check(
                    e.account().equals(account()),
                    "AccountSnapshot.escalation.account",
                    account().toString(),
                    e.account()));
    meetings()
        .ifPresent(
            m ->
                Checks.check(
                    m.account().equals(account()),
                    "AccountSnapshot.meetings.account",
                    account().toString(),
                    m.account()));
    relationship()
        .ifPresent(
            r ->
                Checks.check(
                    r.profile().account().equals(account()),
                    "AccountSnapshot.relationship.profile.account",
                    account().toString(),
                    r.profile().account()));
    readiness()
        .ifPresent(
            r ->
                Checks.check(
                    r.account().equals(account()),
                    "AccountSnapshot.readiness.account",
                    account().toString(),
                    r.account()));
    decisionRights()
        .ifPresent(
            d ->
                Checks.check(
                    d.account().equals(account()),
                    "AccountSnapshot.decisionRights.account",
                    account().toString(),
                    d.account()));
    team()
        .ifPresent(
            t ->
                Checks.check(
                    t.account().equals(account()),
                    "AccountSnapshot.team.account",
                    account().toString(),
                    t.account()));
  }
}
