package org.accountgovernance.core.cadence;

import static org.apiguardian.api.API.Status.MAINTAINED;

import java.math.BigDecimal;
import java.util.Optional;
import org.accountgovernance.core.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A KPI reviewed in a meeting: its value, its target, which way is better, and the corrective
 * action plan (CAPA) agreed when it misses the target.
 *
 * <p>Example: {@code KpiResult.of("OTIF %", new BigDecimal("91.5"), new BigDecimal("95"), true)
 * .withCapa("CAPA-17: second shift on line 3")}.
 */
@API(status = MAINTAINED, since = "0.1.0")
@Value.Immutable
public abstract class KpiResult {
  KpiResult() {}

  /** The KPI's name. */
  @Value.Parameter
  public abstract String name();

  /** The value measured. */
  @Value.Parameter
  public abstract BigDecimal actual();

  /** The target. */
  @Value.Parameter
  public abstract BigDecimal target();

  /** Whether a higher value is better (OTIF) or a lower one (RMA rate). */
  @Value.Parameter
  public abstract boolean higherIsBetter();

  /** The CAPA agreed for a miss, if any. */
  public abstract Optional<String> capa();

  /** The same result with a CAPA. */
  public abstract KpiResult withCapa(String capa);

  /** A KPI result without a CAPA. */
  public static KpiResult of(
      String name, BigDecimal actual, BigDecimal target, boolean higherIsBetter) {
    return ImmutableKpiResult.of(name, actual, target, higherIsBetter);
  }

  @Value.Check
  void check() {
    Checks.notBlank("KpiResult.name", name());
    capa().ifPresent(c -> Checks.notBlank("KpiResult[" + name() + "].capa", c));
  }

  /** Whether the value misses the target. */
  public boolean belowTarget() {
    int comparison = actual().compareTo(target());
    return higherIsBetter() ? comparison < 0 : comparison > 0;
  }
}
