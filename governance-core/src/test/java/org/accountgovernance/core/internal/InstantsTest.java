package org.accountgovernance.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Instants as explanations write them: what {@link Instant#toString()} writes, only faster. */
class InstantsTest {

  @Test
  void writesWhatTheJdkWrites() {
    assertThat(Instants.iso(Instant.parse("2026-03-02T10:00:00Z")))
        .isEqualTo("2026-03-02T10:00:00Z");
    assertThat(Instants.iso(Instant.parse("2026-03-04T10:00:00.000000001Z")))
        .isEqualTo("2026-03-04T10:00:00.000000001Z");
    assertThat(Instants.iso(Instant.parse("2024-02-29T23:59:59.120Z")))
        .isEqualTo("2024-02-29T23:59:59.120Z");
    assertThat(Instants.iso(Instant.parse("1969-12-31T23:59:59.000450Z")))
        .isEqualTo("1969-12-31T23:59:59.000450Z");
  }

  @Test
  void theEdgesOfFourDigitYearsAndBeyond() {
    for (String text :
        new String[] {
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z",
          "1970-01-01T00:00:00Z",
          "2000-02-29T12:00:00Z",
          "2100-03-01T00:00:00Z",
          "1900-02-28T00:00:00Z",
        }) {
      Instant instant = Instant.parse(text);
      assertThat(Instants.iso(instant)).isEqualTo(instant.toString()).isEqualTo(text);
    }
    // Years with a sign or a fifth digit go through the JDK.
    assertThat(Instants.iso(Instant.parse("+10000-01-01T00:00:00Z")))
        .isEqualTo("+10000-01-01T00:00:00Z");
    assertThat(Instants.iso(Instant.parse("-0001-12-31T23:59:59Z")))
        .isEqualTo("-0001-12-31T23:59:59Z");
    assertThat(Instants.iso(Instant.MIN)).isEqualTo(Instant.MIN.toString());
    assertThat(Instants.iso(Instant.MAX)).isEqualTo(Instant.MAX.toString());
  }

  @Test
  void anyInstantIsWrittenAsTheJdkWritesIt() {
    // The seconds span years 0000 to 9999 and a little beyond; the nanoseconds are whole
    // milliseconds, whole microseconds or neither as often as not, to reach each fraction's width.
    Gen<Long> seconds = SourceDSL.longs().between(-62_167_219_200L - 86_400, 253_402_300_800L);
    Gen<Integer> nanos =
        SourceDSL.integers()
            .between(0, 999_999_999)
            .zip(SourceDSL.integers().between(0, 3), (n, unit) -> unit(n, unit));
    qt().withFixedSeed(20261123L)
        .withExamples(20_000)
        .forAll(seconds, nanos)
        .checkAssert(
            (s, n) -> {
              Instant instant = Instant.ofEpochSecond(s, n);
              assertThat(Instants.iso(instant)).isEqualTo(instant.toString());
            });
  }

  private static int unit(int nano, int unit) {
    return switch (unit) {
      case 0 -> 0;
      case 1 -> nano / 1_000_000 * 1_000_000;
      case 2 -> nano / 1_000 * 1_000;
      default -> nano;
    };
  }
}
