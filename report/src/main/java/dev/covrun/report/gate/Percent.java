package dev.covrun.report.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Ratios as percentages with two decimals, rounded so they never flatter the value. */
final class Percent {

  private Percent() {}

  /** 0.96999 as "96.99%": rounded down, so a miss never prints as if it met the minimum. */
  static String floor(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(2, RoundingMode.FLOOR).toPlainString() + "%";
  }

  /** A limit as written, e.g. 0.975 as "97.50%", keeping its extra precision. */
  static String of(BigDecimal ratio) {
    BigDecimal percent = ratio.movePointRight(2);
    return percent.setScale(Math.max(2, percent.scale()), RoundingMode.UNNECESSARY).toPlainString() + "%";
  }

  /** A drop in percentage points, rounded up so a tiny drop never reads as 0.00: "1.26", "0.01". */
  static String points(BigDecimal ratioDelta) {
    return ratioDelta.abs().movePointRight(2).setScale(2, RoundingMode.UP).toPlainString();
  }

  /** A margin in percentage points, rounded down so it is never overstated. */
  static String pointsDown(BigDecimal ratioDelta) {
    return ratioDelta.abs().movePointRight(2).setScale(2, RoundingMode.DOWN).toPlainString();
  }
}
