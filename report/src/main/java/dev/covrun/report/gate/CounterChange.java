package dev.covrun.report.gate;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import java.math.BigDecimal;
import java.math.MathContext;

/** One counter in the baseline and now; both have items (ratios of nothing are not compared). */
public record CounterChange(CounterType counter, CounterValue before, CounterValue after) {

  public BigDecimal beforeRatio() {
    return ratio(before);
  }

  public BigDecimal afterRatio() {
    return ratio(after);
  }

  /** After minus before, as a ratio (0.0125 is 1.25 percentage points). */
  public BigDecimal delta() {
    return afterRatio().subtract(beforeRatio());
  }

  /**
   * The change in percentage points with its sign, a drop rounded up and a rise rounded down so
   * neither flatters: {@code -3.59}, {@code +0.39}.
   */
  public String points() {
    BigDecimal delta = delta();
    return delta.signum() < 0 ? "-" + Percent.points(delta) : "+" + Percent.pointsDown(delta);
  }

  private static BigDecimal ratio(CounterValue value) {
    return BigDecimal.valueOf(value.covered())
        .divide(BigDecimal.valueOf(value.total()), MathContext.DECIMAL128);
  }
}
