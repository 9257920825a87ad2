package org.accountgovernance.core.team;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.PartyRole;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.sla.CoverageCalendar;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A member of the account team: who, in which role, what they do for this client, how to reach
 * them, who stands in for them, when they are available, which escalation levels they answer for,
 * and whether they may speak to the client.
 *
 * <pre>{@code
 * TeamMember.builder().name("Dana Lee").role(PartyRole.supplier("Account Manager"))
 *     .summary("Owns the relationship; runs the monthly review").email("dana@example.com")
 *     .mobile("+44 7700 900123").standIn("Sam Ortiz")
 *     .availability(WeeklyHoursCalendar.workweek(...)).addLevels("L2").clientContact(true).build();
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class TeamMember {
  TeamMember() {}

  /**
   * The person's name; unique in a team.
   *
   * @return the person's name, by which stand-ins and client-contact checks refer to them; never
   *     blank
   */
  public abstract String name();

  /**
   * Their role.
   *
   * @return the person's role on the account
   */
  public abstract PartyRole role();

  /**
   * A short summary of what they do for this client.
   *
   * @return a sentence on what they do for this client; empty when not given
   */
  public abstract Optional<String> summary();

  /**
   * E-mail address.
   *
   * @return their e-mail address; empty when not given
   */
  public abstract Optional<String> email();

  /**
   * Mobile number.
   *
   * @return their mobile number; empty when not given
   */
  public abstract Optional<String> mobile();

  /**
   * The name of the member who stands in for them.
   *
   * @return the name of the team member who covers for them, never their own; empty when nobody
   *     does
   */
  public abstract Optional<String> standIn();

  /**
   * When they can be reached; by default round the clock.
   *
   * @return the calendar of hours at which they can be reached; round the clock unless set
   */
  @Value.Default
  public CoverageCalendar availability() {
    return CoverageCalendar.alwaysOn();
  }

  /**
   * The escalation levels (ids) they are a contact for.
   *
   * @return the ids of the escalation levels they are a contact for, e.g. {@code "L2"}; empty when
   *     none
   */
  public abstract Set<String> levels();

  /**
   * Whether they are a designated contact of the client.
   *
   * @return {@code true} when they are a designated contact of the client; {@code false} unless set
   */
  @Value.Default
  public boolean clientContact() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder with nothing set; the name and role are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TeamMember}. */
  public static final class Builder extends ImmutableTeamMember.Builder {}

  @Value.Check
  void check() {
    Checks.notBlank("TeamMember.name", name());
    summary().ifPresent(s -> Checks.notBlank("TeamMember[" + name() + "].summary", s));
    email()
        .ifPresent(
            e ->
                Checks.check(
                    e.contains("@"),
                    "TeamMember[" + name() + "].email",
                    "an e-mail address",
                    "'" + e + "'"));
    mobile().ifPresent(m -> Checks.notBlank("TeamMember[" + name() + "].mobile", m));
    standIn()
        .ifPresent(
            s ->
                Checks.check(
                    !s.equals(name()),
                    "TeamMember[" + name() + "].standIn",
                    "someone else",
                    "'" + s + "'"));
  }
}
