package org.accountgovernance.rules.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.account.AccountSnapshot;
import org.accountgovernance.core.account.GovernanceReport;
import org.accountgovernance.core.account.ReportItem;
import org.accountgovernance.rules.account.Playbook;
import org.apiguardian.api.API;

/**
 * A portfolio of accounts kept under the playbook: every account's current {@link
 * GovernanceReport}, re-evaluated only when something can have changed — its facts were replaced
 * ({@link #put}) or its {@code nextChangeAt} has come ({@link #advanceTo}) — and the deadlines
 * coming due across all accounts ({@link #upcoming}).
 *
 * <pre>{@code
 * PortfolioSweep sweep = PortfolioSweep.of(Playbook.ofDefaults(), start);
 * sweep.putAll(snapshots, start);                        // one evaluation per account
 * List<GovernanceReport> changed = sweep.advanceTo(now); // accounts whose next change has come
 * sweep.put(acmeWithNewEvent, now);                      // re-evaluates ACME
 * List<Deadline> next10 = sweep.upcoming(10);            // soonest deadlines, all accounts
 * sweep.nextChangeAt();                                  // when to call advanceTo next
 * }</pre>
 *
 * <p>After every call, every account's report is what a fresh evaluation at the sweep's {@link
 * #clock()} would say: {@link #put} and {@link #putAll} first bring up to date the other accounts
 * whose next change has come, as {@link #advanceTo} would (call {@code advanceTo(now)} before
 * {@code put} to receive those reports). A call either completes or changes nothing: when the
 * playbook refuses one account's facts, the exception leaves the sweep as it was.
 *
 * <p>Cost: a full sweep evaluates each account once, so it grows with the number of issues and
 * facts; {@link #advanceTo} takes the due accounts from a priority queue on {@code nextChangeAt}
 * (log of the portfolio size per account due); {@link #upcoming} merges the accounts' deadlines,
 * kept per account, through a priority queue (the number of accounts plus {@code n} log of it).
 *
 * <p>Time only moves forward: every call names its instant, and an instant before the latest one
 * seen is refused. Not thread-safe: a sweep is one host thread's working state (shard a large
 * portfolio by account and give each shard its own sweep). Deterministic: the same calls in the
 * same order give the same reports.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class PortfolioSweep {
  private final Playbook playbook;
  private final Map<AccountId, Entry> accounts = new HashMap<>();
  private final PriorityQueue<Wakeup> wakeups =
      new PriorityQueue<>(Comparator.comparing(Wakeup::at).thenComparing(Wakeup::account));
  private Instant clock;
  private long versions;
  private long stale;

  /**
   * An account's state. {@code queued} while its wake-up is still in the queue; {@code due} its
   * report's deadlines, soonest first.
   */
  private record Entry(
      AccountSnapshot snapshot,
      GovernanceReport report,
      long version,
      boolean queued,
      List<ReportItem> due) {}

  /** One account evaluated, not yet committed. */
  private record Evaluated(AccountId account, AccountSnapshot snapshot, GovernanceReport report) {}

  /** A queued re-evaluation; outdated once the account's entry has another version. */
  private record Wakeup(Instant at, AccountId account, long version) {}

  private PortfolioSweep(Playbook playbook, Instant start) {
    this.playbook = Objects.requireNonNull(playbook, "playbook");
    this.clock = Objects.requireNonNull(start, "start");
  }

  /**
   * An empty portfolio evaluated with {@code playbook}, its clock at {@code start}.
   *
   * @param playbook the policies every account is evaluated with
   * @param start the earliest instant the sweep will be asked about
   * @return an empty sweep
   */
  public static PortfolioSweep of(Playbook playbook, Instant start) {
    return new PortfolioSweep(playbook, start);
  }

  /**
   * Adds an account, or replaces its facts after one of them changed, and evaluates it at {@code
   * now}; first brings up to date every other account whose next change has come by then.
   *
   * @param snapshot the account's facts as they now stand
   * @param now when the change became known; not before the latest instant the sweep has seen
   * @return the account's new report
   * @throws IllegalArgumentException when {@code now} is before the sweep's clock, or the playbook
   *     refuses a fact; the sweep is then unchanged
   */
  public GovernanceReport put(AccountSnapshot snapshot, Instant now) {
    return putAll(List.of(snapshot), now).get(0);
  }

  /**
   * Adds or replaces many accounts at {@code now}: the full sweep. Every other account whose next
   * change has come is brought up to date too.
   *
   * @param snapshots the accounts' facts, one per account
   * @param now the evaluation instant; not before the latest one the sweep has seen
   * @return the new reports, in the order given
   * @throws IllegalArgumentException when {@code now} is before the sweep's clock, two snapshots
   *     are of one account, or the playbook refuses a fact; the sweep is then unchanged
   */
  public List<GovernanceReport> putAll(Collection<AccountSnapshot> snapshots, Instant now) {
    Map<AccountId, AccountSnapshot> puts = new LinkedHashMap<>();
    for (AccountSnapshot snapshot : snapshots) {
      if (puts.put(snapshot.account(), snapshot) != null) {
        throw new IllegalArgumentException(
            "PortfolioSweep.putAll.snapshots must hold one snapshot per account but had two of "
                + snapshot.account());
      }
    }
    Map<AccountId, GovernanceReport> done = apply(puts, now);
    List<GovernanceReport> reports = new ArrayList<>(puts.size());
    puts.keySet().forEach(id -> reports.add(done.get(id)));
    return reports;
  }

  /**
   * Drops an account from the portfolio.
   *
   * @param account the account to forget
   * @return whether it was there
   */
  public boolean remove(AccountId account) {
    Entry removed = accounts.remove(account);
    if (removed != null && removed.queued()) {
      stale++;
    }
    return removed != null;
  }

  /**
   * Moves the clock to {@code now} and re-evaluates, at {@code now}, every account whose report
   * said it would change at or before then. Accounts with no such change are not evaluated.
   *
   * @param now the new instant; not before the latest one seen
   * @return the re-evaluated accounts' reports, ordered by the instant each was due, then by
   *     account
   * @throws IllegalArgumentException when {@code now} is before the sweep's clock, or the playbook
   *     refuses a fact; the sweep is then unchanged
   */
  public List<GovernanceReport> advanceTo(Instant now) {
    return List.copyOf(apply(Map.of(), now).values());
  }

  /**
   * The account's current report.
   *
   * @param account the account
   * @return its report as of its last evaluation; empty when the account is not in the portfolio
   */
  public Optional<GovernanceReport> report(AccountId account) {
    return Optional.ofNullable(accounts.get(account)).map(Entry::report);
  }

  /**
   * Every account's current report.
   *
   * @return the reports, ordered by account id
   */
  public List<GovernanceReport> reports() {
    TreeMap<AccountId, GovernanceReport> sorted = new TreeMap<>();
    accounts.forEach((id, entry) -> sorted.put(id, entry.report()));
    return List.copyOf(sorted.values());
  }

  /**
   * The number of accounts in the portfolio.
   *
   * @return how many accounts the sweep holds
   */
  public int size() {
    return accounts.size();
  }

  /**
   * The latest instant the sweep has been told about.
   *
   * @return the sweep's clock
   */
  public Instant clock() {
    return clock;
  }

  /**
   * The earliest instant at which some account's report changes with no new fact: when to call
   * {@link #advanceTo} next.
   *
   * @return the next change across the portfolio; empty when no account will change on its own
   */
  public Optional<Instant> nextChangeAt() {
    while (!wakeups.isEmpty() && !isLive(wakeups.peek())) {
      wakeups.poll();
      stale--;
    }
    return Optional.ofNullable(wakeups.peek()).map(Wakeup::at);
  }

  /**
   * The {@code n} soonest deadlines across the portfolio, from each account's current report.
   *
   * @param n how many; zero or more
   * @return at most {@code n} deadlines, soonest first (ties by account)
   * @throws IllegalArgumentException when {@code n} is negative
   */
  public List<Deadline> upcoming(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("upcoming.n must be zero or more but was " + n);
    }
    // Each account keeps its deadlines soonest first; merge the lists by their heads.
    PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(Cursor::head));
    for (Map.Entry<AccountId, Entry> account : accounts.entrySet()) {
      if (!account.getValue().due().isEmpty()) {
        heads.add(new Cursor(account.getKey(), account.getValue().due(), 0));
      }
    }
    List<Deadline> next = new ArrayList<>(Math.min(n, 1024));
    while (next.size() < n && !heads.isEmpty()) {
      Cursor cursor = heads.poll();
      next.add(cursor.head());
      if (cursor.index() + 1 < cursor.due().size()) {
        heads.add(new Cursor(cursor.account(), cursor.due(), cursor.index() + 1));
      }
    }
    return List.copyOf(next);
  }

  private record Cursor(AccountId account, List<ReportItem> due, int index) {
    Deadline head() {
      return new Deadline(account, due.get(index));
    }
  }

  /**
   * Evaluates, at {@code now}, every account due by then and every account in {@code puts}; commits
   * only when all evaluations succeed. Returns the reports, due accounts first (in the order they
   * were due), then the puts.
   */
  private Map<AccountId, GovernanceReport> apply(
      Map<AccountId, AccountSnapshot> puts, Instant now) {
    Objects.requireNonNull(now, "now");
    if (now.isBefore(clock)) {
      throw new IllegalArgumentException(
          "PortfolioSweep.now must be at or after the sweep's clock " + clock + " but was " + now);
    }
    List<Wakeup> polled = new ArrayList<>();
    Map<AccountId, AccountSnapshot> evaluate = new LinkedHashMap<>();
    while (!wakeups.isEmpty() && !wakeups.peek().at().isAfter(now)) {
      Wakeup wakeup = wakeups.poll();
      polled.add(wakeup);
      Entry entry = accounts.get(wakeup.account());
      if (entry != null
          && entry.version() == wakeup.version()
          && !puts.containsKey(wakeup.account())) {
        evaluate.put(wakeup.account(), entry.snapshot());
      }
    }
    evaluate.putAll(puts);
    List<Evaluated> evaluated = new ArrayList<>(evaluate.size());
    try {
      evaluate.forEach(
          (id, snapshot) ->
              evaluated.add(new Evaluated(id, snapshot, playbook.report(snapshot, now))));
    } catch (RuntimeException e) {
      wakeups.addAll(polled);
      throw e;
    }

    clock = now;
    Set<AccountId> unqueued = new HashSet<>();
    for (Wakeup wakeup : polled) {
      if (isLive(wakeup)) {
        unqueued.add(wakeup.account());
      } else {
        stale--;
      }
    }
    Map<AccountId, GovernanceReport> reports = new LinkedHashMap<>();
    for (Evaluated one : evaluated) {
      AccountId id = one.account();
      GovernanceReport report = one.report();
      reports.put(id, report);
      Entry previous = accounts.get(id);
      if (previous != null && previous.queued() && !unqueued.contains(id)) {
        stale++;
      }
      long version = versions++;
      boolean queued = report.nextChangeAt().isPresent();
      List<ReportItem> due =
          report.items().stream().filter(i -> i.kind() == ReportItem.Kind.DUE).toList();
      accounts.put(id, new Entry(one.snapshot(), report, version, queued, due));
      report.nextChangeAt().ifPresent(at -> wakeups.add(new Wakeup(at, id, version)));
    }
    compactIfMostlyStale();
    return reports;
  }

  private boolean isLive(Wakeup wakeup) {
    Entry entry = accounts.get(wakeup.account());
    return entry != null && entry.version() == wakeup.version();
  }

  /** Outdated wake-ups are skipped lazily; rebuild once they outnumber the live ones. */
  private void compactIfMostlyStale() {
    if (stale > 64 && stale > accounts.size()) {
      wakeups.removeIf(w -> !isLive(w));
      stale = 0;
    }
  }

  /**
   * The number of outdated wake-ups still queued, for tests of the bookkeeping.
   *
   * @return how many queued wake-ups no longer match their account's report
   */
  long staleWakeups() {
    return stale;
  }

  /**
   * The number of queued wake-ups, live or outdated, for tests of the bookkeeping.
   *
   * @return the queue's size
   */
  int queuedWakeups() {
    return wakeups.size();
  }
}
