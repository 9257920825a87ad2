package org.accountgovernance.examples.crm;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.IssueId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.escalation.EscalationChange;
import org.accountgovernance.core.escalation.EscalationDecision;
import org.accountgovernance.core.escalation.Issue;
import org.accountgovernance.core.escalation.IssueEvent;
import org.accountgovernance.core.escalation.Trigger;
import org.accountgovernance.core.escalation.TriggerKind;
import org.accountgovernance.examples.crm.CrmStore.Account;
import org.accountgovernance.examples.crm.CrmStore.StoredIssue;
import org.accountgovernance.rules.account.Playbook;
import org.accountgovernance.rules.escalation.PlaybookEscalationPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The playbook embedded in a small CRM: accounts, issues and their events live in an SQL database
 * (H2 through plain JDBC); every new fact re-evaluates the issue's account with the library's
 * {@link Playbook}; one timer per account waits for the report's {@code nextChangeAt}; and every
 * escalation change — a level entered, a response deadline approaching, a deadline missed — goes to
 * a {@link NotificationSink} exactly once, stamped with the instant it became true.
 *
 * <pre>{@code
 * CrmGovernanceService crm = CrmGovernanceService.builder()
 *     .clock(Clock.systemUTC())                       // a TestClock in tests
 *     .scheduler(scheduler)                           // the host's timers
 *     .sink(notification -> mailer.send(notification))
 *     .policies(DeskHoursEscalation::policyFor)       // optional: the playbook's defaults otherwise
 *     .build();                                       // in memory unless .jdbcUrl(...) is given
 * crm.addAccount(AccountId.of("NORTHWIND"), "Northwind Plant A", ZoneId.of("Europe/Berlin"));
 * crm.openIssue(IssueId.of("CASE-1"), AccountId.of("NORTHWIND"), "scratched housings",
 *     List.of(Trigger.unitDefect(1)));              // notifies: opened at L1
 * crm.respond(IssueId.of("CASE-1"));
 * }</pre>
 *
 * <p><b>Catching up.</b> The service remembers, per issue, up to which instant it has notified
 * ({@code issue.notified_through}). Evaluating at {@code now} hands over the changes in {@code
 * (notified_through, now]}, each at its own instant, and moves the mark to {@code now}: a timer
 * that fires late, or a clock that jumped over several deadlines (the CRM was down over a weekend),
 * still yields each notification once, at its true instant. Before a new event at {@code t} is
 * applied, the changes in {@code (notified_through, t]} under the old facts are handed over ({@link
 * org.accountgovernance.core.escalation.EscalationPolicy#changesBetween}), then those the event
 * itself causes at {@code t}: the facts a change was computed from are the facts that were known
 * when it happened. An event dated before an issue's mark is refused — its consequences would
 * rewrite notifications already sent.
 *
 * <p><b>Time.</b> The service reads the time only from the injected clock and never sleeps; each
 * event is dated {@code clock.instant()} unless given with its own instant ({@link #record}).
 * Policies come per account zone (the desk hours of L1 are the account's local hours), built once
 * per zone.
 *
 * <p><b>Errors.</b> Bad input is refused with an {@link IllegalArgumentException} naming the field
 * and the value (an unknown account, a duplicate issue id, an event in the future); an event the
 * escalation rules refuse (an escalation to a lower level, a level change after resolution) is
 * refused with the library's {@link IllegalStateException}. Either way nothing is stored. Database
 * failures surface as {@link IllegalStateException}s carrying the {@link SQLException}.
 *
 * <p>Thread-safe: calls are serialised on the service. Close it to release the database.
 */
public final class CrmGovernanceService implements AutoCloseable {
  /** A private in-memory database that lives as long as the service: the default. */
  public static final String IN_MEMORY = "jdbc:h2:mem:";

  /** The playbook's trigger kinds: what the CRM can store unless told otherwise. */
  public static final List<TriggerKind> PLAYBOOK_TRIGGER_KINDS = TriggerKind.PLAYBOOK_KINDS;

  /** The escalation policy of one zone, and the playbook wired with it. */
  private record Engines(PlaybookEscalationPolicy policy, Playbook playbook) {}

  /** A unit of database work with a result. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /** A unit of database work that only changes data. */
  @FunctionalInterface
  private interface Change {
    void run() throws SQLException;
  }

  private final Connection connection;
  private final CrmStore store;
  private final InstantSource clock;
  private final EvaluationScheduler scheduler;
  private final NotificationSink sink;
  private final Function<ZoneId, PlaybookEscalationPolicy> policies;
  private final Map<String, TriggerKind> kinds;
  private final Map<ZoneId, Engines> engines = new HashMap<>();

  private CrmGovernanceService(
      Connection connection,
      InstantSource clock,
      EvaluationScheduler scheduler,
      NotificationSink sink,
      Function<ZoneId, PlaybookEscalationPolicy> policies,
      Map<String, TriggerKind> kinds) {
    this.connection = connection;
    this.clock = clock;
    this.scheduler = scheduler;
    this.sink = sink;
    this.policies = policies;
    this.kinds = kinds;
    this.store = new CrmStore(connection, kinds);
  }

  /** A builder; clock, scheduler and sink are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CrmGovernanceService}: opens the database and creates the schema if it is not
   * there yet. Example: {@code builder().jdbcUrl("jdbc:h2:file:/var/crm/governance")
   * .clock(Clock.systemUTC()).scheduler(s).sink(n -> {}).build()}.
   */
  public static final class Builder {
    private String jdbcUrl = IN_MEMORY;
    private @Nullable InstantSource clock;
    private @Nullable EvaluationScheduler scheduler;
    private @Nullable NotificationSink sink;
    private Function<ZoneId, PlaybookEscalationPolicy> policies =
        zone -> PlaybookEscalationPolicy.ofDefaults();
    private List<TriggerKind> triggerKinds = PLAYBOOK_TRIGGER_KINDS;

    private Builder() {}

    /** Where the data lives; default {@link #IN_MEMORY}. */
    public Builder jdbcUrl(String jdbcUrl) {
      this.jdbcUrl = jdbcUrl;
      return this;
    }

    /** The only source of the current time. */
    public Builder clock(InstantSource clock) {
      this.clock = clock;
      return this;
    }

    /** The timers that wake the service at each account's next change. */
    public Builder scheduler(EvaluationScheduler scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    /** Where notifications go. */
    public Builder sink(NotificationSink sink) {
      this.sink = sink;
      return this;
    }

    /**
     * The escalation policy for accounts in a zone; default the playbook's, the same everywhere.
     * Example: {@code DeskHoursEscalation::policyFor}.
     */
    public Builder policies(Function<ZoneId, PlaybookEscalationPolicy> policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * The trigger kinds the CRM stores and reads back by name; default {@link
     * #PLAYBOOK_TRIGGER_KINDS}. A host with its own classifier lists its own kinds.
     */
    public Builder triggerKinds(List<TriggerKind> triggerKinds) {
      this.triggerKinds = List.copyOf(triggerKinds);
      return this;
    }

    /**
     * Opens the database and creates the schema.
     *
     * @throws IllegalStateException when clock, scheduler or sink is missing, or the database
     *     cannot be opened
     * @throws IllegalArgumentException when the JDBC URL is not one, or two trigger kinds share a
     *     name
     */
    public CrmGovernanceService build() {
      InstantSource theClock = required("clock", clock);
      EvaluationScheduler theScheduler = required("scheduler", scheduler);
      NotificationSink theSink = required("sink", sink);
      check(jdbcUrl.startsWith("jdbc:"), "jdbcUrl", "a JDBC URL (jdbc:...)", "'" + jdbcUrl + "'");
      Map<String, TriggerKind> byName = new LinkedHashMap<>();
      for (TriggerKind kind : triggerKinds) {
        check(
            byName.put(kind.name(), kind) == null,
            "triggerKinds",
            "free of duplicate names",
            kind.name() + " twice");
      }
      Connection connection;
      try {
        connection = DriverManager.getConnection(jdbcUrl);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot open the CRM database at " + jdbcUrl + ": " + e.getMessage(), e);
      }
      CrmGovernanceService service =
          new CrmGovernanceService(connection, theClock, theScheduler, theSink, policies, byName);
      try {
        service.change(
            "create the schema",
            () -> {
              // One transaction per call from here on: each call is stored whole or not at all.
              connection.setAutoCommit(false);
              service.store.createSchema();
            });
      } catch (RuntimeException e) {
        service.closeAfter(e);
        throw e;
      }
      return service;
    }

    private static <T> T required(String field, @Nullable T value) {
      if (value == null) {
        throw new IllegalStateException(
            "CrmGovernanceService." + field + " must be set but was not");
      }
      return value;
    }
  }

  /**
   * Adds an account.
   *
   * @param zone the account's zone: its desk hours and local days follow it
   * @throws IllegalArgumentException when the id is taken or the name blank
   */
  public synchronized void addAccount(AccountId id, String name, ZoneId zone) {
    check(!name.isBlank(), "Account[" + id + "].name", "non-blank", "'" + name + "'");
    change(
        "add account " + id,
        () -> {
          check(store.account(id).isEmpty(), "Account.id", "new", "'" + id + "' (already stored)");
          store.insertAccount(new Account(id, name, zone));
        });
  }

  /**
   * Opens an issue now with the facts known at opening, and notifies the level it opens at.
   *
   * @throws IllegalArgumentException when the account is unknown, the id taken, the title blank, or
   *     a fact of a kind the CRM does not store or the policy cannot classify
   */
  public synchronized void openIssue(
      IssueId id, AccountId account, String title, List<Trigger> triggers) {
    Instant now = clock.instant();
    check(!title.isBlank(), "Issue[" + id + "].title", "non-blank", "'" + title + "'");
    triggers.forEach(this::requireStorable);
    List<EscalationNotification> out = new ArrayList<>();
    change(
        "open issue " + id,
        () -> {
          Account owner = account(account);
          check(!store.issueExists(id), "Issue.id", "new", "'" + id + "' (already stored)");
          Issue issue =
              Issue.builder()
                  .id(id)
                  .account(account)
                  .openedAt(now)
                  .addAllTriggers(triggers)
                  .build();
          Engines engines = engines(owner.zone());
          // Deciding first validates the facts: a fact the policy cannot classify stores nothing.
          EscalationDecision opening = engines.policy().decide(issue, now);
          store.insertIssue(issue, title);
          opening.changes().forEach(c -> out.add(notification(engines, owner, id, c, now)));
        });
    deliver(out);
    evaluate(account);
  }

  /** Records a new fact now. */
  public void addTrigger(IssueId issue, Trigger trigger) {
    record(issue, IssueEvent.triggerAdded(clock.instant(), trigger));
  }

  /** Records the response of the current level's owner now. */
  public void respond(IssueId issue) {
    record(issue, IssueEvent.responded(clock.instant()));
  }

  /** Stops the issue's clocks now, e.g. while waiting for the customer. */
  public void pause(IssueId issue, String reason) {
    record(issue, IssueEvent.paused(clock.instant(), reason));
  }

  /** Starts the issue's clocks again now. */
  public void resume(IssueId issue) {
    record(issue, IssueEvent.resumed(clock.instant()));
  }

  /** Escalates the issue by hand now. */
  public void escalate(IssueId issue, String levelId, String reason) {
    record(issue, IssueEvent.escalated(clock.instant(), levelId, reason));
  }

  /** Lowers the issue's level by hand now. */
  public void downgrade(IssueId issue, String levelId, String reason) {
    record(issue, IssueEvent.downgraded(clock.instant(), levelId, reason));
  }

  /** Resolves the issue now: pending timers and deadlines of the issue lapse. */
  public void resolve(IssueId issue) {
    record(issue, IssueEvent.resolved(clock.instant()));
  }

  /**
   * Records {@code event}, dated at or before now, and re-evaluates the account: first the changes
   * the old facts made up to the event's instant, then those the event causes, then everything up
   * to now.
   *
   * @throws IllegalArgumentException when the issue is unknown, the event is in the future or
   *     before the issue's changes were last notified, or it carries a fact the CRM cannot store
   * @throws IllegalStateException when the escalation rules refuse the event
   */
  public synchronized void record(IssueId issueId, IssueEvent event) {
    Instant now = clock.instant();
    event.trigger().ifPresent(this::requireStorable);
    List<EscalationNotification> out = new ArrayList<>();
    AccountId account =
        transaction(
            "record " + event + " on " + issueId,
            () -> {
              StoredIssue stored = stored(issueId);
              Instant mark = stored.notifiedThrough();
              Instant t = event.at();
              check(!t.isAfter(now), "IssueEvent.at", "at or before now (" + now + ")", t);
              check(
                  !t.isBefore(mark),
                  "IssueEvent.at",
                  "at or after " + mark + " (" + issueId + " is notified up to then)",
                  t);
              Issue before = stored.issue();
              Issue after = Issue.builder().from(before).addEvent(event).build();
              Account owner = account(before.account());
              Engines engines = engines(owner.zone());
              // Deciding first validates the event: an illegal transition throws, nothing is
              // stored.
              EscalationDecision withEvent = engines.policy().decide(after, t);
              EscalationDecision withoutEvent = engines.policy().decide(before, t);
              for (EscalationChange c : engines.policy().changesBetween(before, mark, t)) {
                out.add(notification(engines, owner, issueId, c, now));
              }
              for (EscalationChange c : withEvent.changes()) {
                // At t itself, only what the event changed: the rest was told with the old facts.
                if (c.at().equals(t) && !withoutEvent.changes().contains(c)) {
                  out.add(notification(engines, owner, issueId, c, now));
                }
              }
              store.insertEvent(issueId, event);
              store.setNotifiedThrough(issueId, t);
              return owner.id();
            });
    deliver(out);
    evaluate(account);
  }

  /**
   * Evaluates the account now: notifies every change since each issue was last notified, each at
   * its own instant, and sets the account's timer to the report's {@code nextChangeAt} (or clears
   * it when nothing is pending). The scheduler calls this; a host calls it after a restart ({@link
   * #evaluateAll()}).
   *
   * @return the account's governance report at now
   * @throws IllegalArgumentException when the account is unknown
   */
  public synchronized GovernanceReport evaluate(AccountId account) {
    Instant now = clock.instant();
    List<EscalationNotification> out = new ArrayList<>();
    GovernanceReport report =
        transaction(
            "evaluate account " + account,
            () -> {
              Account owner = account(account);
              Engines engines = engines(owner.zone());
              List<StoredIssue> issues = store.issues(account);
              AccountSnapshot.Builder snapshot =
                  AccountSnapshot.builder().account(account).zone(owner.zone());
              Map<IssueId, Instant> marks = new HashMap<>();
              for (StoredIssue stored : issues) {
                snapshot.addIssues(stored.issue());
                marks.put(stored.issue().id(), stored.notifiedThrough());
              }
              GovernanceReport r = engines.playbook().report(snapshot.build(), now);
              for (EscalationDecision decision : r.decisions()) {
                Instant mark = Objects.requireNonNull(marks.get(decision.issueId()));
                for (EscalationChange c : decision.changesSince(mark)) {
                  out.add(notification(engines, owner, decision.issueId(), c, now));
                }
                if (now.isAfter(mark)) {
                  store.setNotifiedThrough(decision.issueId(), now);
                }
              }
              return r;
            });
    String key = timerKey(account);
    Optional<Instant> next = report.nextChangeAt();
    if (next.isPresent()) {
      scheduler.schedule(key, next.get(), () -> evaluate(account));
    } else {
      scheduler.cancel(key);
    }
    // Across the account's issues, in the order the changes happened.
    out.sort(Comparator.comparing(EscalationNotification::at));
    deliver(out);
    return report;
  }

  /** Evaluates every account: what a host does after a restart, to catch up and set the timers. */
  public synchronized void evaluateAll() {
    List<AccountId> accounts = transaction("list the accounts", store::accountIds);
    accounts.forEach(this::evaluate);
  }

  /**
   * The issue as stored: its opening facts and events.
   *
   * @throws IllegalArgumentException when the issue is unknown
   */
  public synchronized Issue issue(IssueId id) {
    return transaction("read issue " + id, () -> stored(id).issue());
  }

  /** The key of the account's timer in the scheduler, e.g. {@code "governance:NORTHWIND"}. */
  public static String timerKey(AccountId account) {
    return "governance:" + account.value();
  }

  /** Closes the database connection (an in-memory database is gone then). */
  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the CRM database: " + e.getMessage(), e);
    }
  }

  private void closeAfter(RuntimeException failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private StoredIssue stored(IssueId id) throws SQLException {
    return store
        .issue(id)
        .orElseThrow(() -> new IllegalArgumentException(unknown("IssueId", id.value())));
  }

  private Account account(AccountId id) throws SQLException {
    return store
        .account(id)
        .orElseThrow(() -> new IllegalArgumentException(unknown("AccountId", id.value())));
  }

  private static String unknown(String field, String value) {
    return field + " must name a stored one but was '" + value + "'";
  }

  private void requireStorable(Trigger trigger) {
    check(
        trigger.kind().equals(kinds.get(trigger.kind().name())),
        "Trigger.kind",
        "one of the kinds this CRM stores " + kinds.keySet(),
        trigger.kind() + " (" + trigger.kind().measure() + ")");
  }

  private Engines engines(ZoneId zone) {
    return engines.computeIfAbsent(
        zone,
        z -> {
          PlaybookEscalationPolicy policy =
              Objects.requireNonNull(policies.apply(z), "the escalation policy for " + z);
          return new Engines(
              policy, Playbook.ofDefaults().withEscalation(policy, policy.settings().ladder()));
        });
  }

  private static EscalationNotification notification(
      Engines engines, Account owner, IssueId issue, EscalationChange change, Instant now) {
    return EscalationNotification.of(
        owner.id(),
        issue,
        change,
        now,
        engines.policy().settings().ladder().level(change.levelId()).path());
  }

  private void deliver(List<EscalationNotification> notifications) {
    notifications.forEach(sink::deliver);
  }

  /** Runs {@code change} in one transaction: committed whole, or rolled back whole. */
  private void change(String what, Change change) {
    transaction(
        what,
        () -> {
          change.run();
          return what;
        });
  }

  /** Runs {@code work} in one transaction: committed whole, or rolled back whole. */
  private <T> T transaction(String what, Work<T> work) {
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback(e);
      throw new IllegalStateException(
          "the CRM database failed to " + what + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      rollback(e);
      throw e;
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void check(boolean ok, String field, String rule, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(field + " must be " + rule + " but was " + value);
    }
  }
}
