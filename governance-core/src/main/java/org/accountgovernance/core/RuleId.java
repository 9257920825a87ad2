package org.accountgovernance.core;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.util.regex.Pattern;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The stable identifier of a playbook rule, such as {@code ESC-BYPASS} or {@code UPD-FRIDAY}: a
 * family prefix in capitals, a dash, and one or more dash-separated parts. Every decision and
 * finding names the rule that produced it, so a CRM user can see why.
 *
 * <p>Example: {@code RuleId.of("ESC-AUTO").family()} is {@code "ESC"}. Hosts may define their own
 * families ({@code "ACME-P1"}).
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class RuleId implements Comparable<RuleId> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+");

  RuleId() {}

  /**
   * The full identifier, e.g. {@code "ESC-TRIGGER"}.
   *
   * @return the whole id, family prefix included, e.g. {@code "ESC-TRIGGER"}
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Parses a rule id.
   *
   * @param value the id as the playbook writes it: a capital letter, more capitals or digits, then
   *     one or more dash-separated parts, e.g. {@code "ESC-AUTO"}
   * @return the rule id for {@code value}
   * @throws IllegalArgumentException when {@code value} is not of the form {@code FAMILY-NAME}
   */
  public static RuleId of(String value) {
    return ImmutableRuleId.of(value);
  }

  /**
   * The family prefix, e.g. {@code "ESC"}.
   *
   * @return the prefix before the first dash, which names the rule family: e.g. {@code "ESC"} for
   *     escalation or {@code "UPD"} for status updates
   */
  public String family() {
    return value().substring(0, value().indexOf('-'));
  }

  @Value.Check
  void check() {
    if (!FORMAT.matcher(value()).matches()) {
      throw Checks.failure(
          "RuleId.value", "of the form FAMILY-NAME (e.g. ESC-AUTO)", "'" + value() + "'");
    }
  }

  @Override
  public int compareTo(RuleId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
