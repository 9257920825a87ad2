package org.accountgovernance.rules.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.cadence.AccountMeetings;
import org.accountgovernance.core.cadence.AccountPhase;
import org.accountgovernance.core.cadence.CadenceReport;
import org.accountgovernance.core.cadence.MeetingRecord;
import org.accountgovernance.testkit.Theories;
import org.accountgovernance.testkit.sla.SlaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** CAD-SKIP over random weekly-sync histories in random zones. */
class PlaybookCadencePolicyProperties {
  private static final PlaybookCadencePolicy POLICY = PlaybookCadencePolicy.ofDefaults();

  /** A cadence start near a DST change and up to eight weekly syncs 1 to 20 days apart. */
  private static Gen<AccountMeetings> histories() {
    Gen<List<Long>> gaps =
        Generate.range(0, 8)
            .flatMap(
                n -> {
                  Gen<List<Long>> list = Generate.constant(List.of());
                  for (int i = 0; i < n; i++) {
                    list =
                        list.zip(
                            Generate.longRange(3600, 20 * 86_400L),
                            (head, next) -> {
                              List<Long> all = new ArrayList<>(head);
                              all.add(next);
                              return all;
                            });
                  }
                  return list;
                });
    return SlaGenerators.zones()
        .flatMap(
            zone ->
                SlaGenerators.instantsNearTransitions(zone)
                    .zip(gaps, (start, g) -> build(zone, start, g)));
  }

  private static AccountMeetings build(ZoneId zone, Instant start, List<Long> gaps) {
    AccountMeetings.Builder meetings =
        AccountMeetings.builder()
            .account(AccountId.of("ACME"))
            .phase(AccountPhase.ACTIVE_PRODUCTION)
            .zone(zone)
            .cadenceStart(start);
    Instant at = start;
    for (long gap : gaps) {
      at = at.plusSeconds(gap);
      meetings.addRecords(
          MeetingRecord.builder()
              .id("W" + at.getEpochSecond())
              .addTierIds(CadenceSettings.WEEKLY)
              .heldAt(at)
              .addAllAttendees(CadenceSettings.WEEKLY_OPERATIONS_SYNC.requiredAttendees())
              .addAllInputs(CadenceSettings.WEEKLY_OPERATIONS_SYNC.inputs())
              .addAllOutputs(CadenceSettings.WEEKLY_OPERATIONS_SYNC.outputs())
              .build());
    }
    return meetings.build();
  }

  /**
   * A skip is found exactly when more than 14 local days pass between syncs, and nextChangeAt is
   * exact.
   */
  @Test
  void skipsAreFoundExactlyAfterTwoLocalWeeks() {
    Theories.qt()
        .forAll(histories(), Generate.longRange(0, 30 * 86_400L))
        .checkAssert(
            (meetings, after) -> {
              Instant last =
                  meetings.records().stream()
                      .map(MeetingRecord::heldAt)
                      .max(Instant::compareTo)
                      .orElse(meetings.cadenceStart());
              Instant now = last.plusSeconds(after);
              CadenceReport report = POLICY.evaluate(meetings, now);
              Instant limit = last.atZone(meetings.zone()).plusDays(14).toInstant();
              boolean open =
                  report.findings().stream().anyMatch(f -> f.since().equals(limit.plusNanos(1)));
              assertThat(open)
                  .as("open skip after %s at %s", last, now)
                  .isEqualTo(now.isAfter(limit));
              report
                  .nextChangeAt()
                  .ifPresent(
                      next -> {
                        assertThat(next).isEqualTo(limit.plusNanos(1));
                        assertThat(POLICY.evaluate(meetings, next.minusNanos(1)).withAt(now))
                            .isEqualTo(report);
                        assertThat(POLICY.evaluate(meetings, next).withAt(now))
                            .isNotEqualTo(report);
                      });
              assertThat(report.nextChangeAt().isPresent()).isEqualTo(!now.isAfter(limit));
              assertThat(report.nextSyncDue())
                  .isEqualTo(
                      now.isAfter(limit)
                          ? java.util.Optional.empty()
                          : java.util.Optional.of(limit));
            });
  }
}
