package dev.covrun.report.gate;

import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.Threshold;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests raising a {@code --min} that coverage now exceeds by at least one percentage point,
 * so the gain is locked in: the new floor is the actual ratio rounded down to the minimum's
 * precision (at least two decimals).
 */
public final class FloorAdvice {

  /** How far above its minimum a counter must be before a higher floor is suggested. */
  public static final BigDecimal MARGIN = new BigDecimal("0.01");

  private FloorAdvice() {}

  /** One line per minimum that can be raised. */
  public static List<String> advise(CoverageTotals totals, List<Threshold> minimums) {
    List<String> advice = new ArrayList<>();
    for (Threshold minimum : minimums) {
      CounterValue value = totals.counter(minimum.counter());
      if (value == null || value.total() == 0) {
        continue;
      }
      BigDecimal actual =
          BigDecimal.valueOf(value.covered()).divide(BigDecimal.valueOf(value.total()), MathContext.DECIMAL128);
      if (actual.subtract(minimum.minimum()).compareTo(MARGIN) >= 0) {
        BigDecimal floor = actual.setScale(Math.max(2, minimum.minimum().scale()), RoundingMode.FLOOR);
        advice.add("%s coverage %s is %s points above its minimum %s: raise it to --min %s=%s"
            .formatted(minimum.counter(), Percent.floor(actual), Percent.pointsDown(actual.subtract(minimum.minimum())),
                Percent.of(minimum.minimum()), minimum.counter(), floor.toPlainString()));
      }
    }
    return advice;
  }
}
