package org.accountgovernance.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The stretches in a sequence of occurrences (syncs held, exchanges, contacts) that lasted longer
 * than allowed, and when the next one will: the shared arithmetic of CAD-SKIP, EXE-LAPSE,
 * EXE-LEVELS and EXE-IDEAS.
 *
 * <p>Example: syncs held on 2 and 23 March with a 14-day limit give one lapse from 16 March (ended
 * by the sync of 23 March): {@code Lapses.find(List.of(mar2, mar23), now, t -> t.plus(P14D))}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Lapses {
  private Lapses() {}

  /**
   * A stretch from an occurrence that went past its limit.
   *
   * @param from the occurrence the stretch counts from
   * @param limit the last instant at which the next occurrence was on time
   * @param endedAt the late occurrence that ended it; empty while it lasts
   */
  public record Lapse(Instant from, Instant limit, Optional<Instant> endedAt) {
    /** The first instant of the lapse: one nanosecond after the limit. */
    public Instant since() {
      return limit.plusNanos(1);
    }
  }

  /** The lapses of a sequence, and when the next one begins if nothing happens. */
  public record Result(List<Lapse> lapses, Optional<Instant> nextLapseAt) {}

  /**
   * Finds the lapses among {@code occurrences} (sorted, the first being the start of counting) up
   * to {@code now}, where {@code limitAfter} gives the last on-time instant after an occurrence.
   */
  public static Result find(
      List<Instant> occurrences, Instant now, UnaryOperator<Instant> limitAfter) {
    List<Lapse> lapses = new ArrayList<>();
    Optional<Instant> next = Optional.empty();
    for (int i = 0; i < occurrences.size(); i++) {
      Instant from = occurrences.get(i);
      Instant limit = limitAfter.apply(from);
      if (i + 1 < occurrences.size()) {
        Instant following = occurrences.get(i + 1);
        if (following.isAfter(limit)) {
          lapses.add(new Lapse(from, limit, Optional.of(following)));
        }
      } else if (now.isAfter(limit)) {
        lapses.add(new Lapse(from, limit, Optional.empty()));
      } else {
        next = Optional.of(limit.plusNanos(1));
      }
    }
    return new Result(List.copyOf(lapses), next);
  }
}
