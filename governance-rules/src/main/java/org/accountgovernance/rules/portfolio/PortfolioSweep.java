package org.accountgovernance.rules.portfolio;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
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
 * snapshots.forEach(s -> sweep.put(s, start));      // one evaluation per account
 * sweep.put(acmeWithNewEvent, eventTime);            // re-evaluates ACME only
 * List<GovernanceReport> changed = sweep.advanceTo(now); // accounts whose next change has come
 * List<Deadline> next10 = sweep.upcoming(10);        // soonest deadlines, all accounts
 * }</pre>
 *
 * <p>Cost: a full sweep evaluates each account once, so it grows with the number of issues and
 * facts; {@link #advanceTo} takes the due accounts from a priority queue on {@code nextChangeAt}
 * (log of the portfolio size per account due); {@link #upcoming} merges the accounts' deadlines
 * through a priority queue (the number of accounts plus {@code n} log of it).
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
  private long stale;

  /** An account's state; {@code queued} while its current wake-up is still in the queue. */
  private record Entry(
      AccountSnapshot snapshot, GovernanceReport report, long version, boolean queued) {}

  /** A queued re-evaluation; outdated once the account's entry has a newer version. */
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
   * now}. Other accounts are not touched.
   *
   * @param snapshot the account's facts as they now stand
   * @param now when the change became known; not before the latest instant the sweep has seen
   * @return the account's new report
   * @throws IllegalArgumentException when {@code now} is before the sweep's clock
   */
  public GovernanceReport put(AccountSnapshot snapshot, Instant now) {
    advanceClock(now);
    return evaluate(snapshot, now);
  }

  /**
   * Adds or replaces many accounts at {@code now}: the full sweep.
   *
   * @param snapshots the accounts' facts
   * @param now the evaluation instant
   * @return the new reports, in the order given
   */
  public List<GovernanceReport> putAll(Collection<AccountSnapshot> snapshots, Instant now) {
    advanceClock(now);
    List<GovernanceReport> reports = new ArrayList<>(snapshots.size());
    for (AccountSnapshot snapshot : snapshots) {
      reports.add(evaluate(snapshot, now));
    }
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
   * @throws IllegalArgumentException when {@code now} is before the sweep's clock
   */
  public List<GovernanceReport> advanceTo(Instant now) {
    advanceClock(now);
    List<GovernanceReport> changed = new ArrayList<>();
    while (!wakeups.isEmpty() && !wakeups.peek().at().isAfter(now)) {
      Wakeup wakeup = wakeups.poll();
      Entry entry = accounts.get(wakeup.account());
      if (entry == null || entry.version() != wakeup.version()) {
        stale--;
        continue;
      }
      accounts.put(
          wakeup.account(), new Entry(entry.snapshot(), entry.report(), entry.version(), false));
      changed.add(evaluate(entry.snapshot(), now));
    }
    return changed;
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
    dropStaleHeads();
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
    // Each report lists its deadlines soonest first; merge the lists by their heads.
    PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(Cursor::head));
    for (Entry entry : accounts.values()) {
      List<ReportItem> due =
          entry.report().items().stream().filter(i -> i.kind() == ReportItem.Kind.DUE).toList();
      if (!due.isEmpty()) {
        heads.add(new Cursor(entry.report().account(), due, 0));
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

  private GovernanceReport evaluate(AccountSnapshot snapshot, Instant now) {
    GovernanceReport report = playbook.report(snapshot, now);
    Entry previous = accounts.get(snapshot.account());
    long version = previous == null ? 0 : previous.version() + 1;
    if (previous != null && previous.queued()) {
      stale++;
    }
    accounts.put(
        snapshot.account(),
        new Entry(snapshot, report, version, report.nextChangeAt().isPresent()));
    report.nextChangeAt().ifPresent(at -> wakeups.add(new Wakeup(at, snapshot.account(), version)));
    compactIfMostlyStale();
    return report;
  }

  private void advanceClock(Instant now) {
    Objects.requireNonNull(now, "now");
    if (now.isBefore(clock)) {
      throw new IllegalArgumentException(
          "PortfolioSweep.now must be at or after the sweep's clock " + clock + " but was " + now);
    }
    clock = now;
  }

  private void dropStaleHeads() {
    while (!wakeups.isEmpty()) {
      Wakeup head = wakeups.peek();
      Entry entry = accounts.get(head.account());
      if (entry != null && entry.version() == head.version()) {
        return;
      }
      wakeups.poll();
      stale--;
    }
  }

  /** Outdated wake-ups are skipped lazily; rebuild once they outnumber the live ones. */
  private void compactIfMostlyStale() {
    if (stale > 64 && stale > accounts.size()) {
      wakeups.removeIf(
          w -> {
            Entry entry = accounts.get(w.account());
            return entry == null || entry.version() != w.version();
          });
      stale = 0;
    }
  }
}
