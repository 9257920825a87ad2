package org.accountgovernance.rules.escalation;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accountgovernance.core.Finding;
import org.accountgovernance.core.IllegalTransitionException;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.Subject;
import org.accountgovernance.core.escalation.Classification;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.EscalationLadder;
import org.accountgovernance.core.escalation.EscalationLevel;
import org.accountgovernance.core.escalation.EscalationPolicy;
import org.accountgovernance.core.escalation.EscalationSummary;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.LevelChange;
import org.accountgovernance.core.escalation.SeverityClassifier;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.internal.Checks;
import org.accountgovernance.core.internal.Durations;
import org.accountgovernance.core.internal.Instants;
import org.accountgovernance.core.sla.Breach;
import org.accountgovernance.core.sla.PausableClock;
import org.accountgovernance.core.sla.Pause;
import org.accountgovernance.core.sla.PreBreachWarning;
import org.accountgovernance.core.sla.ResponseClock;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The playbook's escalation policy: the level from the issue's triggers (through a {@link
 * SeverityClassifier}, by default the {@link PlaybookSeverityClassifier}), time-at-level timers
 * (ESC-AUTO: more than 48 h unresolved at L1 → L2), manual escalations and downgrades, and one
 * response clock per level stint (ESC-SLA, with pre-breach warnings ESC-SLA-WARN).
 *
 * <pre>{@code
 * EscalationPolicy policy = PlaybookEscalationPolicy.ofDefaults();
 * EscalationDecision decision = policy.decide(issue, Instant.parse("2026-03-02T10:00:00Z"));
 * }</pre>
 *
 * <p>How the fold works, in time order: the triggers known at opening give the first level; each
 * event is applied at its instant; before it, every timer due at or before that instant fires (at
 * the same instant, time-driven changes come first). A level change closes the current response
 * clock (its history stays) and starts a new one at the new level, from the moment of the change.
 * Pauses stop both the response clock and the time-at-level timer; time counts on the level's
 * calendar. Levels only go down by a {@link IssueEvent.Type#DOWNGRADED} event; a trigger that maps
 * to a level at or below the current one changes nothing. After a downgrade only the facts added
 * since count toward a new escalation: the facts the person weighed when lowering the level do not
 * pull it back up. An event naming a level the ladder does not have is rejected with an {@link
 * IllegalArgumentException}.
 *
 * <p>Illegal events — a pause while paused, a resume while running, an escalation to a lower level,
 * a downgrade to a higher one, a level change after resolution — throw an {@link
 * IllegalTransitionException} (an {@link IllegalStateException}) naming the state and the event. An
 * escalation or downgrade to the level already in force changes nothing (a timer may have been
 * quicker than the person); facts, responses and pauses after resolution change nothing. Immutable
 * and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class PlaybookEscalationPolicy implements EscalationPolicy {
  private final EscalationSettings settings;
  private final SeverityClassifier classifier;
  private final Map<Duration, String> written;
  private final Map<String, Reason> timerReasons;

  private PlaybookEscalationPolicy(EscalationSettings settings, SeverityClassifier classifier) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    Map<Duration, String> words = new HashMap<>();
    for (Duration timer : settings.autoEscalationTimers().values()) {
      words.put(timer, human(timer));
    }
    for (EscalationLevel level : settings.ladder().levels()) {
      words.put(level.responseTarget(), human(level.responseTarget()));
    }
    this.written = Map.copyOf(words);
    // A timer's reason depends only on the level it fires on: written once, not on every firing.
    Map<String, Reason> reasons = new HashMap<>();
    EscalationLadder ladder = settings.ladder();
    for (EscalationLevel level : ladder.levels()) {
      Duration timer = settings.autoEscalationTimers().get(level.id());
      Optional<EscalationLevel> next = ladder.above(level);
      if (timer != null && next.isPresent()) {
        reasons.put(level.id(), timerReason(level, timer, next.get()));
      }
    }
    this.timerReasons = Map.copyOf(reasons);
  }

  private Reason timerReason(EscalationLevel level, Duration timer, EscalationLevel next) {
    return Reason.of(
        EscalationRules.AUTO,
        "more than " + written(timer) + " at " + level.id(),
        "> " + written(timer),
        "unresolved at " + level.id() + " for more than " + written(timer) + ": " + next.id());
  }

  /**
   * The settings' durations as sentences write them: the same few timers and targets appear in
   * every decision's explanations.
   */
  private String written(Duration duration) {
    String known = written.get(duration);
    return known != null ? known : human(duration);
  }

  /**
   * The policy with the playbook's settings.
   *
   * @return a policy on {@link EscalationSettings#ofDefaults()} classifying with the {@link
   *     PlaybookSeverityClassifier}
   */
  public static PlaybookEscalationPolicy ofDefaults() {
    return of(EscalationSettings.ofDefaults());
  }

  /**
   * The policy with {@code settings} and the playbook's classifier on those settings.
   *
   * @param settings the ladder, thresholds, timers and warning points to apply
   * @return a policy whose triggers are classified by a {@link PlaybookSeverityClassifier} on the
   *     same {@code settings}
   */
  public static PlaybookEscalationPolicy of(EscalationSettings settings) {
    return new PlaybookEscalationPolicy(settings, new PlaybookSeverityClassifier(settings));
  }

  /**
   * The policy with {@code settings} (ladder, timers, warnings) and a host's own {@code
   * classifier}.
   *
   * @param settings the ladder, timers and warning points to apply; its trigger thresholds matter
   *     only if {@code classifier} reads them
   * @param classifier maps an issue's triggers to a level of the settings' ladder; a level it names
   *     that is not on the ladder is rejected when deciding
   * @return a policy folding issues on {@code settings} with levels from {@code classifier}
   */
  public static PlaybookEscalationPolicy of(
      EscalationSettings settings, SeverityClassifier classifier) {
    return new PlaybookEscalationPolicy(settings, classifier);
  }

  /**
   * The settings in force.
   *
   * @return the settings this policy was created with
   */
  public EscalationSettings settings() {
    return settings;
  }

  @Override
  public EscalationDecision decide(Issue issue, Instant now) {
    return fold(issue, now, true).decision(now);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The same fold as {@link #decide}, keeping only what the summary shows: no level history, no
   * closed clocks, no changes or findings, and the reasons written only for the level that stands
   * at {@code now}.
   */
  @Override
  public EscalationSummary summarize(Issue issue, Instant now) {
    return fold(issue, now, false).summary(now);
  }

  private Fold fold(Issue issue, Instant now, boolean explain) {
    if (now.isBefore(issue.openedAt())) {
      throw Checks.failure("now", "at or after the issue's openedAt " + issue.openedAt(), now);
    }
    Fold fold = new Fold(issue, explain);
    List<IssueEvent> timeline = issue.timeline();
    int from = 0;
    while (from < timeline.size() && !timeline.get(from).at().isAfter(now)) {
      Instant at = timeline.get(from).at();
      int to = from;
      while (to < timeline.size() && timeline.get(to).at().equals(at)) {
        to++;
      }
      fold.fireTimersUntil(at);
      fold.applyBatch(timeline.subList(from, to));
      from = to;
    }
    fold.fireTimersUntil(now);
    return fold;
  }

  /** The running state of one issue, advanced event by event. */
  private final class Fold {
    private final Issue issue;
    private final EscalationLadder ladder = settings.ladder();
    private final List<Trigger> triggers = new ArrayList<>();
    // Facts before the last downgrade were judged by the person who lowered the level.
    private int countedFrom = 0;
    private final List<LevelChange> history = new ArrayList<>();
    private final List<ResponseClock> closedClocks = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();
    private EscalationLevel level;
    private Instant enteredAt;
    private Optional<Instant> respondedAt = Optional.empty();
    private Optional<Instant> pausedSince = Optional.empty();
    private Optional<Instant> resolvedAt = Optional.empty();
    // The stint's clock and timer expiry change only when the level, the pauses or the resolution
    // do; a timer check runs before every batch of events, so both are kept until then.
    private @Nullable PausableClock stint;
    private Optional<Instant> expiry = Optional.empty();
    private boolean expiryKnown;
    // Whether to keep the history, the closed clocks and their sentences (a decision) or only the
    // current level and its reasons (a summary).
    private final boolean explain;
    private @Nullable List<Reason> currentReasons;

    Fold(Issue issue, boolean explain) {
      this.issue = issue;
      this.explain = explain;
      triggers.addAll(issue.triggers());
      enteredAt = issue.openedAt();
      if (!explain) {
        // The opening's reasons are written only if the opening level still stands at the end.
        level = ladder.level(classifiedLevelId());
        return;
      }
      Classification first = classify();
      level = ladder.level(first.levelId());
      currentReasons = first.reasons();
      history.add(
          LevelChange.builder()
              .at(enteredAt)
              .to(level.id())
              .cause(LevelChange.Cause.OPENED)
              .addAllReasons(first.reasons())
              .build());
    }

    private Classification classify() {
      Classification classification =
          classifier.classify(triggers.subList(countedFrom, triggers.size()), ladder);
      if (!ladder.contains(classification.levelId())) {
        throw Checks.failure(
            "Classification.levelId",
            "a level of the ladder " + ladder.levels(),
            "'" + classification.levelId() + "'");
      }
      return classification;
    }

    /** The level the counted facts call for, without its reasons. */
    private String classifiedLevelId() {
      String id = classifier.levelId(triggers.subList(countedFrom, triggers.size()), ladder);
      if (!ladder.contains(id)) {
        throw Checks.failure(
            "Classification.levelId", "a level of the ladder " + ladder.levels(), "'" + id + "'");
      }
      return id;
    }

    /** The stint's working-time clock: on the level's calendar, stopped during pauses. */
    private PausableClock stintClock() {
      PausableClock known = stint;
      if (known != null) {
        return known;
      }
      PausableClock.Builder clock =
          PausableClock.builder().calendar(level.calendar()).start(enteredAt);
      for (Pause pause : pauses) {
        if (pause.end().isPresent() && !pause.end().get().isAfter(enteredAt)) {
          continue;
        }
        Instant start = pause.start().isBefore(enteredAt) ? enteredAt : pause.start();
        clock.addPause(
            pause.end().map(end -> Pause.between(start, end)).orElseGet(() -> Pause.since(start)));
      }
      PausableClock built = clock.build();
      stint = built;
      return built;
    }

    /** Forgets the stint's clock and timer: the level, the pauses or the resolution changed. */
    private void stintChanged() {
      stint = null;
      expiryKnown = false;
    }

    /** The instant at which the current level's timer expires, if it has one and it will. */
    private Optional<Instant> timerExpiry() {
      if (!expiryKnown) {
        expiry = computeTimerExpiry();
        expiryKnown = true;
      }
      return expiry;
    }

    private Optional<Instant> computeTimerExpiry() {
      Duration timer = settings.autoEscalationTimers().get(level.id());
      if (timer == null || resolvedAt.isPresent() || ladder.above(level).isEmpty()) {
        return Optional.empty();
      }
      // "More than" the timer: the first instant at which strictly more time has been counted.
      return stintClock().instantAt(timer.plusNanos(1));
    }

    void fireTimersUntil(Instant until) {
      for (Optional<Instant> expiry = timerExpiry();
          expiry.isPresent() && !expiry.get().isAfter(until);
          expiry = timerExpiry()) {
        // timerExpiry() found the timer, so the level has one and a level above it.
        Reason reason = Objects.requireNonNull(timerReasons.get(level.id()));
        changeLevel(
            expiry.get(),
            ladder.above(level).orElseThrow(),
            LevelChange.Cause.TIMER,
            List.of(reason));
      }
    }

    /**
     * Applies every event of one instant as a batch, in a fixed order of kinds, so that the order
     * in which a host listed them never matters: the new facts (classified once, together), then
     * manual level changes (in the order given: a person's sequence), then a response, then pauses
     * and resumptions, then the resolution.
     */
    void applyBatch(List<IssueEvent> batch) {
      if (resolvedAt.isPresent()) {
        afterResolution(batch);
        return;
      }
      Instant at = batch.get(0).at();
      List<Trigger> added = new ArrayList<>();
      for (IssueEvent event : batch) {
        event.trigger().ifPresent(added::add);
      }
      if (!added.isEmpty()) {
        triggers.addAll(added);
        // Most facts do not raise the level: find out before writing the reasons.
        if (ladder.compare(classifiedLevelId(), level.id()) <= 0) {
          added.clear();
        }
      }
      if (!added.isEmpty()) {
        Classification classification = classify();
        EscalationLevel classified = ladder.level(classification.levelId());
        if (ladder.compare(classified.id(), level.id()) > 0) {
          LevelChange.Cause cause =
              classification.bypass() ? LevelChange.Cause.BYPASS : LevelChange.Cause.TRIGGER;
          changeLevel(at, classified, cause, classification.reasons());
        }
      }
      for (IssueEvent event : batch) {
        if (event.type() == IssueEvent.Type.ESCALATED) {
          escalate(event);
        } else if (event.type() == IssueEvent.Type.DOWNGRADED) {
          downgrade(event);
        }
      }
      if (respondedAt.isEmpty() && has(batch, IssueEvent.Type.RESPONDED)) {
        respondedAt = Optional.of(at);
      }
      pauseOrResume(batch);
      if (has(batch, IssueEvent.Type.RESOLVED)) {
        if (explain) {
          closedClocks.add(evaluateClock(at, Optional.of(at)));
        }
        resolvedAt = Optional.of(at);
        stintChanged();
      }
    }

    private boolean has(List<IssueEvent> batch, IssueEvent.Type type) {
      for (IssueEvent event : batch) {
        if (event.type() == type) {
          return true;
        }
      }
      return false;
    }

    /**
     * After resolution, facts, responses and pauses change nothing (they are late paperwork); a
     * level change contradicts the resolution and is refused.
     */
    private void afterResolution(List<IssueEvent> batch) {
      for (IssueEvent event : batch) {
        if (event.type() == IssueEvent.Type.ESCALATED
            || event.type() == IssueEvent.Type.DOWNGRADED) {
          throw illegal(event, "RESOLVED since " + resolvedAt.orElseThrow());
        }
      }
    }

    /**
     * Pauses and resumptions at one instant must alternate from the current state; a pause and a
     * resumption at the same instant cancel out.
     */
    private void pauseOrResume(List<IssueEvent> batch) {
      int net = 0;
      for (IssueEvent event : batch) {
        if (event.type() == IssueEvent.Type.PAUSED) {
          net++;
        } else if (event.type() == IssueEvent.Type.RESUMED) {
          net--;
        }
      }
      boolean paused = pausedSince.isPresent();
      boolean legal = paused ? (net == 0 || net == -1) : (net == 0 || net == 1);
      if (!legal) {
        IssueEvent offending =
            batch.stream()
                .filter(
                    e -> e.type() == (paused ? IssueEvent.Type.PAUSED : IssueEvent.Type.RESUMED))
                .findFirst()
                .orElseThrow();
        throw illegal(
            offending, paused ? "PAUSED since " + pausedSince.get() : "OPEN (not paused)");
      }
      Instant at = batch.get(0).at();
      if (net == 1) {
        pausedSince = Optional.of(at);
        pauses.add(Pause.since(at));
        stintChanged();
      } else if (net == -1) {
        pauses.set(pauses.size() - 1, Pause.between(pausedSince.orElseThrow(), at));
        pausedSince = Optional.empty();
        stintChanged();
      }
    }

    private EscalationLevel target(IssueEvent event) {
      String id = event.levelId().orElseThrow();
      if (!ladder.contains(id)) {
        throw new IllegalArgumentException(
            "IssueEvent["
                + event.type()
                + " at "
                + event.at()
                + "].levelId must be one of "
                + ladder.levels().stream().map(EscalationLevel::id).toList()
                + " but was '"
                + id
                + "'");
      }
      return ladder.level(id);
    }

    /**
     * A manual escalation; to the level already in force it changes nothing (a timer was quicker).
     */
    private void escalate(IssueEvent event) {
      EscalationLevel target = target(event);
      int direction = ladder.compare(target.id(), level.id());
      if (direction == 0) {
        return;
      }
      if (direction < 0) {
        throw illegal(event, "at " + level.id() + " (an escalation must go higher)");
      }
      String why = event.note().orElse("escalated by hand");
      changeLevel(
          event.at(),
          target,
          LevelChange.Cause.MANUAL,
          List.of(
              Reason.of(
                  EscalationRules.MANUAL,
                  why,
                  "a person's decision",
                  "escalated by hand to " + target.id() + ": " + why)));
    }

    /** A manual downgrade; to the level already in force it changes nothing. */
    private void downgrade(IssueEvent event) {
      EscalationLevel target = target(event);
      int direction = ladder.compare(target.id(), level.id());
      if (direction == 0) {
        return;
      }
      if (direction > 0) {
        throw illegal(event, "at " + level.id() + " (a downgrade must go lower)");
      }
      String why = event.note().orElseThrow();
      countedFrom = triggers.size();
      changeLevel(
          event.at(),
          target,
          LevelChange.Cause.DOWNGRADE,
          List.of(
              Reason.of(
                  EscalationRules.DOWNGRADE,
                  why,
                  "a person's decision",
                  "downgraded by hand to " + target.id() + ": " + why)));
    }

    private IllegalTransitionException illegal(IssueEvent event, String state) {
      return new IllegalTransitionException("Issue " + issue.id(), state, "the event " + event, "");
    }

    private void changeLevel(
        Instant at, EscalationLevel to, LevelChange.Cause cause, List<Reason> reasons) {
      if (explain) {
        closedClocks.add(evaluateClock(at, Optional.of(at)));
        history.add(
            LevelChange.builder()
                .at(at)
                .from(level.id())
                .to(to.id())
                .cause(cause)
                .addAllReasons(reasons)
                .build());
      }
      currentReasons = reasons;
      level = to;
      enteredAt = at;
      respondedAt = Optional.empty();
      stintChanged();
    }

    private ResponseClock evaluateClock(Instant now, Optional<Instant> endedAt) {
      return ResponseClock.evaluate(
          level.id(),
          level.responseTarget(),
          settings.warningPoints(),
          stintClock(),
          respondedAt,
          endedAt,
          now);
    }

    /** The earlier of the running clock's next change and the level's timer. */
    private Optional<Instant> nextChange(ResponseClock running) {
      Optional<Instant> next = running.nextChangeAt();
      Optional<Instant> timer = timerExpiry();
      if (timer.isPresent() && (next.isEmpty() || timer.get().isBefore(next.get()))) {
        next = timer;
      }
      return next;
    }

    private EscalationDecision.Status status() {
      return resolvedAt.isPresent()
          ? EscalationDecision.Status.RESOLVED
          : pausedSince.isPresent()
              ? EscalationDecision.Status.PAUSED
              : EscalationDecision.Status.OPEN;
    }

    EscalationSummary summary(Instant now) {
      EscalationDecision.Status status = status();
      Optional<Instant> next = Optional.empty();
      Optional<Instant> due = Optional.empty();
      if (resolvedAt.isEmpty()) {
        ResponseClock running = evaluateClock(now, Optional.empty());
        next = nextChange(running);
        // As EscalationDecision.responseDue() reads the current clock.
        boolean owed =
            status == EscalationDecision.Status.OPEN
                && running.respondedAt().isEmpty()
                && (running.status() == ResponseClock.Status.RUNNING
                    || running.status() == ResponseClock.Status.BREACHED);
        due = owed ? running.deadline() : Optional.empty();
      }
      List<Reason> reasons = currentReasons;
      if (reasons == null) {
        reasons = classifier.classify(issue.triggers(), ladder).reasons();
      }
      return EscalationSummary.builder()
          .issueId(issue.id())
          .account(issue.account())
          .at(now)
          .status(status)
          .level(level)
          .reasons(reasons)
          .responseDue(due)
          .nextChangeAt(next)
          .build();
    }

    EscalationDecision decision(Instant now) {
      List<ResponseClock> clocks = new ArrayList<>(closedClocks);
      if (resolvedAt.isEmpty()) {
        clocks.add(evaluateClock(now, Optional.empty()));
      }
      Optional<Instant> next =
          resolvedAt.isEmpty() ? nextChange(clocks.get(clocks.size() - 1)) : Optional.empty();
      EscalationDecision.Status status = status();
      return EscalationDecision.builder()
          .issueId(issue.id())
          .account(issue.account())
          .at(now)
          .status(status)
          .level(level)
          .addAllReasons(history.get(history.size() - 1).reasons())
          .addAllLevelHistory(history)
          .addAllClocks(clocks)
          .addAllChanges(changes(clocks))
          .addAllFindings(findings(clocks))
          .nextChangeAt(next)
          .build();
    }

    private List<EscalationChange> changes(List<ResponseClock> clocks) {
      List<EscalationChange> changes = new ArrayList<>();
      for (LevelChange change : history) {
        changes.add(
            EscalationChange.builder()
                .at(change.at())
                .type(EscalationChange.Type.LEVEL)
                .ruleId(change.reasons().get(0).ruleId())
                .levelId(change.to())
                .description(describe(change))
                .build());
      }
      for (ResponseClock clock : clocks) {
        for (PreBreachWarning warning : clock.warnings()) {
          changes.add(
              EscalationChange.builder()
                  .at(warning.at())
                  .type(EscalationChange.Type.WARNING)
                  .ruleId(EscalationRules.SLA_WARNING)
                  .levelId(clock.levelId())
                  .description(
                      clock.levelId()
                          + " response due "
                          + Instants.iso(warning.deadline())
                          + " approaches ("
                          + warning.point()
                          + ", target "
                          + written(clock.target())
                          + ")")
                  .build());
        }
        clock
            .breach()
            .ifPresent(
                breach ->
                    changes.add(
                        EscalationChange.builder()
                            .at(breach.at())
                            .type(EscalationChange.Type.BREACH)
                            .ruleId(EscalationRules.SLA)
                            .levelId(breach.levelId())
                            .description(
                                breach.levelId()
                                    + " response due "
                                    + Instants.iso(breach.deadline())
                                    + " was missed")
                            .build()));
      }
      changes.sort(null);
      return changes;
    }

    private String describe(LevelChange change) {
      EscalationLevel to = ladder.level(change.to());
      String head =
          change.from().map(from -> from + " -> " + to.id()).orElse("opened at " + to.id());
      return head
          + " ("
          + to.name()
          + ", "
          + to.path()
          + "): "
          + change.reasons().get(0).explanation();
    }

    private List<Finding> findings(List<ResponseClock> clocks) {
      List<Finding> findings = new ArrayList<>();
      for (ResponseClock clock : clocks) {
        if (clock.breach().isEmpty()) {
          continue;
        }
        Breach breach = clock.breach().get();
        String observed =
            breach
                .respondedAt()
                .map(
                    r ->
                        "responded "
                            + Instants.iso(r)
                            + ", "
                            + human(breach.lateness().orElseThrow())
                            + " late")
                .orElseGet(() -> "no response by " + Instants.iso(breach.deadline()));
        findings.add(
            Finding.builder()
                .ruleId(EscalationRules.SLA)
                .subject(Subject.issue(issue.id()))
                .observed(observed)
                .threshold(
                    "respond within "
                        + written(clock.target())
                        + " at "
                        + clock.levelId()
                        + ", by "
                        + Instants.iso(breach.deadline()))
                .message(
                    clock.levelId()
                        + " response target of issue "
                        + issue.id()
                        + " missed: "
                        + observed)
                .since(breach.at())
                .until(breach.respondedAt().or(clock::endedAt))
                .build());
      }
      findings.sort(null);
      return findings;
    }
  }

  /** A duration as people write it: {@code 48h}, {@code 4h30m}, {@code immediate}. */
  static String human(Duration duration) {
    if (duration.isZero()) {
      return "immediate";
    }
    return Durations.human(duration);
  }
}
