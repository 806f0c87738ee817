package dev.covrun.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A counter whose covered ratio is below its threshold. */
public record GateViolation(CounterType counter, double actual, BigDecimal minimum) {

  private static final int MIN_PERCENT_DECIMALS = 2;

  public GateViolation {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(minimum, "minimum");
  }

  /**
   * One line such as {@code LINE coverage 96.41% is below the minimum 97.00%}; the actual value is
   * rounded down so it never looks like it reaches the minimum.
   */
  public String message() {
    BigDecimal minimumPercent = percent(minimum);
    int decimals = Math.max(MIN_PERCENT_DECIMALS, minimumPercent.scale());
    BigDecimal actualPercent =
        percent(BigDecimal.valueOf(actual)).setScale(decimals, RoundingMode.FLOOR);
    return "%s coverage %s%% is below the minimum %s%%"
        .formatted(counter, actualPercent.toPlainString(), minimumPercent.toPlainString());
  }

  private static BigDecimal percent(BigDecimal ratio) {
    BigDecimal percent = ratio.movePointRight(2);
    return percent.scale() < MIN_PERCENT_DECIMALS
        ? percent.setScale(MIN_PERCENT_DECIMALS, RoundingMode.UNNECESSARY)
        : percent;
  }
}
