package org.accountgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.accountgovernance.core.AccountId;
import org.accountgovernance.core.cadence.ScheduledMeeting;
import org.accountgovernance.core.engagement.AccountProfile;
import org.accountgovernance.core.engagement.AccountRelationship;
import org.accountgovernance.core.engagement.AccountSegment;
import org.accountgovernance.core.engagement.EngagementReport;
import org.accountgovernance.core.engagement.ExecutiveExchange;
import org.accountgovernance.core.engagement.Rating;
import org.accountgovernance.rules.cadence.PlaybookCadencePolicy;
import org.accountgovernance.rules.engagement.PlaybookEngagementPolicy;
import org.junit.jupiter.api.Test;

/** The README's cadence and engagement example gives what the README says it gives. */
class ReadmeCadenceTest {

  @Test
  void aYearOfMeetingsFromMarch2026() {
    List<ScheduledMeeting> year =
        PlaybookCadencePolicy.ofDefaults()
            .calendar(ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 3, 1));
    assertThat(year.stream().filter(m -> m.tierId().equals("WEEKLY"))).hasSize(52);
    assertThat(year.stream().filter(m -> m.tierId().equals("MONTHLY"))).hasSize(12);
    assertThat(year.stream().filter(m -> m.tierId().equals("QBR"))).hasSize(4);
    // The first weekly sync: Tuesday 3 March 2026, 10:00 in Berlin (CET, UTC+1).
    assertThat(year.get(0).start()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
  }

  @Test
  void aStrategicAccountsExecutivesMeetEveryThreeMonths() {
    Instant since = Instant.parse("2025-01-06T09:00:00Z");
    Instant lastVisit = Instant.parse("2025-06-02T15:00:00Z");
    AccountRelationship relationship =
        AccountRelationship.builder()
            .profile(
                AccountProfile.of(AccountId.of("ACME"), Rating.HIGH, Rating.MEDIUM, Rating.HIGH))
            .zone(ZoneId.of("America/Denver"))
            .since(since)
            .addExchanges(ExecutiveExchange.of(lastVisit, "VP Sales", "CFO"))
            .build();
    // The source's story: nine months without a visit.
    EngagementReport exe =
        PlaybookEngagementPolicy.ofDefaults()
            .evaluate(
                relationship,
                lastVisit.atZone(ZoneId.of("America/Denver")).plus(Period.ofMonths(9)).toInstant());
    assertThat(exe.cadence().segment()).isEqualTo(AccountSegment.STRATEGIC);
    assertThat(exe.cadence().interval()).isEqualTo(Period.ofMonths(3));
    assertThat(exe.nextExchangeDue()).isEqualTo(Instant.parse("2025-09-02T15:00:00Z"));
    assertThat(exe.findings())
        .anySatisfy(f -> assertThat(f.ruleId().value()).isEqualTo("EXE-LAPSE"));
  }
}
