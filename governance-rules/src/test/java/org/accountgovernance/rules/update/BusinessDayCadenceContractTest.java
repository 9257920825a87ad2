package org.accountgovernance.rules.update;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.accountgovernance.core.update.UpdateCadence;
import org.accountgovernance.testkit.update.UpdateCadenceContract;

/** A host's business-day cadence with a Thursday deadline at 17:00 keeps the same properties. */
class BusinessDayCadenceContractTest implements UpdateCadenceContract {
  @Override
  public UpdateCadence cadence() {
    return PlaybookUpdateCadence.of(
        UpdateSettings.from(UpdateSettings.ofDefaults())
            .dayCounting(UpdateSettings.DayCounting.WEEKDAYS)
            .mandatoryWeekday(DayOfWeek.THURSDAY)
            .cutoff(LocalTime.of(17, 0))
            .build());
  }

  @Override
  public Optional<DayOfWeek> mandatoryWeekday() {
    return Optional.of(DayOfWeek.THURSDAY);
  }

  @Override
  public LocalTime cutoff() {
    return LocalTime.of(17, 0);
  }
}
