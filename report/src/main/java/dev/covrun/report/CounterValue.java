package dev.covrun.report;

/** Covered and missed items of one counter; the ratio is NaN when there are no items. */
public record CounterValue(long covered, long missed) {

  public CounterValue {
    if (covered < 0 || missed < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: covered=" + covered + ", missed=" + missed);
    }
  }

  public long total() {
    return covered + missed;
  }

  /** Covered share in 0..1, or {@link Double#NaN} when the total is 0 (print it as "n/a"). */
  public double ratio() {
    return total() == 0 ? Double.NaN : (double) covered / total();
  }
}
