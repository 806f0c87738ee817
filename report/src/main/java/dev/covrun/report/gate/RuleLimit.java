package dev.covrun.report.gate;

import dev.covrun.report.CounterType;
import java.math.BigDecimal;
import java.util.Objects;
import org.jacoco.report.check.Limit;

/**
 * One limit of a rule: a counter, what of it to compare, and a minimum and/or maximum (null when
 * absent) keeping the precision written, which jacoco:check uses to round the actual value.
 */
public record RuleLimit(CounterType counter, LimitValue value, BigDecimal minimum, BigDecimal maximum) {

  public RuleLimit {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(value, "value");
    if (minimum == null && maximum == null) {
      throw new IllegalArgumentException("a limit needs a minimum or a maximum");
    }
  }

  /** The JaCoCo limit checking the same thing. */
  Limit toJacoco() {
    Limit limit = new Limit();
    limit.setCounter(counter.entity().name());
    limit.setValue(value.jacoco().name());
    limit.setMinimum(minimum == null ? null : minimum.toPlainString());
    limit.setMaximum(maximum == null ? null : maximum.toPlainString());
    return limit;
  }
}
