package dev.covrun.report.format;

import java.math.BigDecimal;
import org.jacoco.core.analysis.ICounter;

/** Covered ratios as the text Cobertura consumers parse: plain decimals, 1 when nothing to cover. */
final class Ratio {

  private Ratio() {}

  static String of(ICounter counter) {
    if (counter.getTotalCount() == 0) {
      return "1";
    }
    return BigDecimal.valueOf(counter.getCoveredRatio()).toPlainString();
  }

  static String percent(ICounter counter) {
    return Math.round(counter.getCoveredRatio() * 100) + "%";
  }
}
