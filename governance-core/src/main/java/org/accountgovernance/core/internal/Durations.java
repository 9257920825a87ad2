package org.accountgovernance.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Durations written for people in decisions and findings: {@code 48h}, {@code 1h30m}, {@code 15h}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Durations {
  private Durations() {}

  /**
   * {@code duration} in hours, minutes and whole seconds ({@code "0s"} for zero, {@code "under 1s"}
   * for a positive duration shorter than a second): instants a nanosecond past a cut-off are
   * common, and nobody reads nanoseconds.
   *
   * @param duration the duration to write, e.g. a response target or a lateness
   * @return the duration in lower-case ISO-8601 notation without its {@code PT} prefix, truncated
   *     to whole seconds, e.g. {@code "1h30m"}
   */
  public static String human(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    Duration whole = Duration.ofSeconds(duration.toSeconds());
    if (whole.isZero() && !duration.isNegative()) {
      return "under 1s";
    }
    if (duration.isNegative()) {
      return whole.toString().substring(2).toLowerCase(Locale.ROOT);
    }
    // What Duration.toString writes without its "PT", in lower case, for a positive duration.
    long seconds = whole.toSeconds();
    long hours = seconds / 3_600;
    long minutes = seconds / 60 % 60;
    long rest = seconds % 60;
    StringBuilder text = new StringBuilder(12);
    if (hours != 0) {
      text.append(hours).append('h');
    }
    if (minutes != 0) {
      text.append(minutes).append('m');
    }
    if (rest != 0) {
      text.append(rest).append('s');
    }
    return text.toString();
  }
}
