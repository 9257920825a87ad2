package org.accountgovernance.examples.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.accountgovernance.core.IllegalTransitionException;

/**
 * Turns what the library refuses — a value type's validation, an illegal transition the playbook
 * meets when it folds a history — into a {@link PortfolioFormatException} at the JSON path of the
 * fact that caused it.
 */
final class Refusals {
  private Refusals() {}

  /** Builds a value at {@code at}; a refusal of the value type is reported there. */
  static <T> T build(Json at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (PortfolioFormatException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw at.error("is refused: " + e.getMessage(), e);
    }
  }

  /** A fact of a history: where it is written, when it happened, and the value read. */
  record Fact(Json json, Instant at, Object value) {}

  /**
   * Replays a history: runs {@code evaluate} at the latest fact's instant and, if the playbook
   * refuses the history, finds the earliest instant at which it does and reports the refusal at the
   * fact of that instant the refusal names (an {@link IllegalTransitionException} names its event),
   * else at the first of that instant in the file's order, or at {@code whole} if none can be
   * blamed.
   */
  static void replay(Json whole, List<Fact> facts, Consumer<Instant> evaluate) {
    if (facts.isEmpty()) {
      return;
    }
    TreeMap<Instant, List<Fact>> byInstant = new TreeMap<>();
    for (Fact fact : facts) {
      byInstant.computeIfAbsent(fact.at(), t -> new ArrayList<>()).add(fact);
    }
    if (refusal(evaluate, byInstant.lastKey()) == null) {
      return;
    }
    for (Map.Entry<Instant, List<Fact>> entry : byInstant.entrySet()) {
      RuntimeException refusal = refusal(evaluate, entry.getKey());
      if (refusal != null) {
        Fact culprit = entry.getValue().get(0);
        if (refusal instanceof IllegalTransitionException transition) {
          for (Fact fact : entry.getValue()) {
            if (transition.event().contains(fact.value().toString())) {
              culprit = fact;
              break;
            }
          }
        }
        throw culprit.json().error("is refused by the playbook: " + refusal.getMessage(), refusal);
      }
    }
    RuntimeException refusal = refusal(evaluate, byInstant.lastKey());
    throw whole.error(
        "is refused by the playbook: " + (refusal == null ? "" : refusal.getMessage()), refusal);
  }

  private static @org.jspecify.annotations.Nullable RuntimeException refusal(
      Consumer<Instant> evaluate, Instant at) {
    try {
      evaluate.accept(at);
      return null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e;
    }
  }
}
