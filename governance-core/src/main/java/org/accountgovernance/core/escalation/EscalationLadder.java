package org.accountgovernance.core.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The ordered levels an issue can be escalated through, lowest first: the playbook's L1 &lt; L2
 * &lt; L3, or a host's own P5 &lt; … &lt; P1.
 *
 * <p>Example: {@code EscalationLadder.of(List.of(l1, l2, l3)).above(l1)} is {@code
 * Optional.of(l2)}. Ids and ranks must be unique; the order of the given list does not matter.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class EscalationLadder {
  EscalationLadder() {}

  /**
   * The levels, sorted by rank, lowest first.
   *
   * @return the levels sorted by rank, least severe first; never empty, with unique ids and ranks
   */
  @Value.Parameter
  public abstract List<EscalationLevel> levels();

  /**
   * A ladder of {@code levels}, in any order.
   *
   * @param levels the ladder's levels in any order; at least one, with unique ids and ranks
   * @return the ladder, its levels sorted by rank
   * @throws IllegalArgumentException when empty, or when two levels share an id or a rank
   */
  public static EscalationLadder of(List<EscalationLevel> levels) {
    return ImmutableEscalationLadder.of(
        ImmutableList.sortedCopyOf(Comparator.comparingInt(EscalationLevel::rank), levels));
  }

  @Value.Check
  void check() {
    Checks.check(!levels().isEmpty(), "EscalationLadder.levels", "non-empty", levels());
    Set<String> ids = new HashSet<>();
    Set<Integer> ranks = new HashSet<>();
    for (EscalationLevel level : levels()) {
      if (!ids.add(level.id())) {
        throw Checks.failure(
            "EscalationLadder.levels",
            "free of duplicate ids",
            "a second level with id " + level.id());
      }
      if (!ranks.add(level.rank())) {
        throw Checks.failure(
            "EscalationLadder.levels",
            "free of duplicate ranks",
            "a second level with rank " + level.rank() + " (" + level.id() + ")");
      }
    }
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Integer> positions() {
    ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builder();
    for (int i = 0; i < levels().size(); i++) {
      positions.put(levels().get(i).id(), i);
    }
    // Derived before check() runs: tolerate duplicate ids here so that check() reports them.
    return positions.buildKeepingLast();
  }

  /**
   * The least severe level, where issues start unless a trigger says otherwise.
   *
   * @return the level with the lowest rank
   */
  public EscalationLevel lowest() {
    return levels().get(0);
  }

  /**
   * The most severe level.
   *
   * @return the level with the highest rank: the top of the ladder, beyond which nothing escalates
   */
  public EscalationLevel highest() {
    return levels().get(levels().size() - 1);
  }

  /**
   * The level with {@code id}.
   *
   * @param id a level's id, e.g. {@code "L2"}
   * @return the level with that id
   * @throws IllegalArgumentException when the ladder has no such level
   */
  public EscalationLevel level(String id) {
    return levels().get(position(id));
  }

  /**
   * Whether the ladder has a level with {@code id}.
   *
   * @param id the level id to look for, e.g. one named in a host's event
   * @return {@code true} when a level of the ladder has that id
   */
  public boolean contains(String id) {
    return positions().containsKey(id);
  }

  /**
   * The 0-based position of the level with {@code id}, lowest first.
   *
   * @param id a level's id
   * @return 0 for the least severe level, 1 for the next one up, and so on
   * @throws IllegalArgumentException when the ladder has no such level
   */
  public int position(String id) {
    Integer position = positions().get(id);
    if (position == null) {
      throw new IllegalArgumentException(
          "levelId must be one of " + positions().keySet() + " but was '" + id + "'");
    }
    return position;
  }

  /**
   * The next level up, or empty at the top.
   *
   * @param level a level of this ladder
   * @return the level of the next higher rank; empty when {@code level} is the highest
   * @throws IllegalArgumentException when the ladder has no level with the id of {@code level}
   */
  public Optional<EscalationLevel> above(EscalationLevel level) {
    int next = position(level.id()) + 1;
    return next < levels().size() ? Optional.of(levels().get(next)) : Optional.empty();
  }

  /**
   * Compares two levels by severity: negative when {@code a} is below {@code b}.
   *
   * @param a the id of a level of this ladder
   * @param b the id of a level of this ladder, possibly the same
   * @return negative when {@code a} is less severe than {@code b}, zero when both name the same
   *     level, positive when {@code a} is more severe
   * @throws IllegalArgumentException when either id is not on the ladder
   */
  public int compare(String a, String b) {
    return Integer.compare(position(a), position(b));
  }
}
