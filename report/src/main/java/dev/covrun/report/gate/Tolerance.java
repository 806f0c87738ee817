package dev.covrun.report.gate;

import java.math.BigDecimal;

/** How far a ratio may drop below the baseline: {@code 0.5%} or {@code 0.005}, 0 by default. */
public final class Tolerance {

  private Tolerance() {}

  /**
   * Parses a tolerance in percentage points ({@code 0.5%}) or as a ratio ({@code 0.005}).
   *
   * @throws IllegalArgumentException with a one-line message naming the value
   */
  public static BigDecimal parse(String text) {
    String trimmed = text.trim();
    boolean percent = trimmed.endsWith("%");
    String number = percent ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
    BigDecimal value;
    try {
      value = new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "invalid --tolerance '" + text + "': expected a ratio such as 0.005 or percentage points such as 0.5%");
    }
    BigDecimal ratio = percent ? value.movePointLeft(2) : value;
    if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("invalid --tolerance '" + text + "': outside 0..1 (or 0%..100%)");
    }
    return ratio;
  }
}
