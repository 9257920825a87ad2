package org.accountgovernance.core.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.accountgovernance.core.Reason;
import org.accountgovernance.core.RuleId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The validation of status updates and due times, and the order of the RAG statuses. */
class UpdateValidationTest {

  private static final Instant T0 = Instant.parse("2026-03-02T16:00:00Z");

  /** Asserts the message form {@code "<field> must be <rule> but was <value>"}. */
  static void assertRejected(ThrowingCallable call, String field, String value) {
    assertThatThrownBy(call)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field + " must be ")
        .hasMessageEndingWith(" but was " + value);
  }

  // --- StatusUpdate ------------------------------------------------------------------------------

  @Test
  void anUpdateHasATimestampAndADescription() {
    StatusUpdate update = StatusUpdate.of(T0, "Patch 2 deployed to staging");

    assertThat(update.at()).isEqualTo(T0);
    assertThat(update.description()).isEqualTo("Patch 2 deployed to staging");
  }

  @Test
  void aBlankDescriptionIsRejected() {
    assertRejected(() -> StatusUpdate.of(T0, ""), "StatusUpdate.description", "''");
    assertRejected(() -> StatusUpdate.of(T0, " \t "), "StatusUpdate.description", "' \t '");
  }

  @Test
  void anUpdateWithoutTimestampIsRejected() {
    assertThatThrownBy(() -> StatusUpdate.of(null, "Patch 2 deployed"))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("at");
  }

  @Test
  void anUpdateWithoutDescriptionIsRejected() {
    assertThatThrownBy(() -> StatusUpdate.of(T0, null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("description");
  }

  @Test
  void aBuilderWithoutTimestampIsRejectedNamingTheMissingAttribute() {
    assertThatThrownBy(
            () -> ImmutableStatusUpdate.builder().description("Patch 2 deployed").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("StatusUpdate")
        .hasMessageContaining("[at]");
  }

  @Test
  void aBuilderWithABlankDescriptionIsRejected() {
    assertRejected(
        () -> ImmutableStatusUpdate.builder().at(T0).description("  ").build(),
        "StatusUpdate.description",
        "'  '");
  }

  // --- UpdateDue ---------------------------------------------------------------------------------

  private static UpdateDue.Builder due(Instant countedFrom, Instant dueAt) {
    UpdateDue.Builder builder = UpdateDue.builder();
    builder
        .status(RagStatus.YELLOW)
        .countedFrom(countedFrom)
        .dueDate(LocalDate.of(2026, 3, 4))
        .dueAt(dueAt)
        .reason(Reason.of(RuleId.of("UPD-CADENCE"), "last update", "every 2 days", "due"));
    return builder;
  }

  @Test
  void aDueTimeBeforeItsStartIsRejected() {
    Instant dueAt = Instant.parse("2026-03-02T15:59:59Z");

    assertThatThrownBy(() -> due(T0, dueAt).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "UpdateDue.dueAt must be at or after countedFrom 2026-03-02T16:00:00Z"
                + " but was 2026-03-02T15:59:59Z");
  }

  @Test
  void aDueTimeIsOnTimeUpToItsLastInstantInclusive() {
    Instant dueAt = Instant.parse("2026-03-04T22:59:59.999999999Z");
    UpdateDue due = due(T0, dueAt).build();

    assertThat(due.isOverdueAt(dueAt)).isFalse();
    assertThat(due.isOverdueAt(Instant.parse("2026-03-04T23:00:00Z"))).isTrue();
    assertThat(due.overdueFrom()).isEqualTo(Instant.parse("2026-03-04T23:00:00Z"));
  }

  @Test
  void earlierPicksTheEarlierDueTimeAndThisOneOnATie() {
    UpdateDue wednesday = due(T0, Instant.parse("2026-03-04T22:59:59.999999999Z")).build();
    UpdateDue tuesday = due(T0, Instant.parse("2026-03-03T22:59:59.999999999Z")).build();
    UpdateDue sameAsWednesday =
        due(T0, Instant.parse("2026-03-04T22:59:59.999999999Z")).status(RagStatus.RED).build();

    assertThat(wednesday.earlier(tuesday)).isSameAs(tuesday);
    assertThat(tuesday.earlier(wednesday)).isSameAs(tuesday);
    assertThat(wednesday.earlier(sameAsWednesday)).isSameAs(wednesday);
  }

  // --- RagStatus ---------------------------------------------------------------------------------

  @Test
  void redIsStricterThanYellowWhichIsStricterThanGreen() {
    assertThat(RagStatus.RED.isStricterThan(RagStatus.YELLOW)).isTrue();
    assertThat(RagStatus.RED.isStricterThan(RagStatus.GREEN)).isTrue();
    assertThat(RagStatus.YELLOW.isStricterThan(RagStatus.GREEN)).isTrue();
    assertThat(RagStatus.GREEN.isStricterThan(RagStatus.YELLOW)).isFalse();
    assertThat(RagStatus.YELLOW.isStricterThan(RagStatus.RED)).isFalse();
    assertThat(RagStatus.RED.isStricterThan(RagStatus.RED)).isFalse();
  }
}
