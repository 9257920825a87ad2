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

  /**
   * The KPI's name.
   *
   * @return the KPI's name as the meeting pack shows it, e.g. {@code "OTIF %"}; never blank, and
   *     unique within a meeting
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The value measured.
   *
   * @return the value measured for the period, in the KPI's own unit (percent for OTIF)
   */
  @Value.Parameter
  public abstract BigDecimal actual();

  /**
   * The target.
   *
   * @return the agreed target, in the same unit as {@link #actual()}
   */
  @Value.Parameter
  public abstract BigDecimal target();

  /**
   * Whether a higher value is better (OTIF) or a lower one (RMA rate).
   *
   * @return {@code true} when values above the target are good (OTIF), {@code false} when values
   *     below it are (RMA rate)
   */
  @Value.Parameter
  public abstract boolean higherIsBetter();

  /**
   * The CAPA agreed for a miss, if any.
   *
   * @return the reference and summary of the corrective action plan agreed for a miss, e.g. {@code
   *     "CAPA-17: second shift on line 3"}; empty when none was agreed
   */
  public abstract Optional<String> capa();

  /**
   * The same result with a CAPA.
   *
   * @param capa the corrective action plan agreed for the miss; must not be blank
   * @return a copy of this result carrying {@code capa}
   */
  public abstract KpiResult withCapa(String capa);

  /**
   * A KPI result without a CAPA.
   *
   * @param name the KPI's name, e.g. {@code "OTIF %"}; must not be blank
   * @param actual the value measured, in the KPI's unit
   * @param target the agreed target, in the same unit
   * @param higherIsBetter {@code true} when values above the target are good, {@code false} when
   *     values below it are
   * @return the result, without a CAPA
   */
  public static KpiResult of(
      String name, BigDecimal actual, BigDecimal target, boolean higherIsBetter) {
    return ImmutableKpiResult.of(name, actual, target, higherIsBetter);
  }

  @Value.Check
  void check() {
    Checks.notBlank("KpiResult.name", name());
    capa().ifPresent(c -> Checks.notBlank("KpiResult[" + name() + "].capa", c));
  }

  /**
   * Whether the value misses the target.
   *
   * @return {@code true} when {@link #actual()} lies on the wrong side of {@link #target()}; a
   *     value equal to the target meets it
   */
  public boolean belowTarget() {
    int comparison = actual().compareTo(target());
    return higherIsBetter() ? comparison < 0 : comparison > 0;
  }
}
