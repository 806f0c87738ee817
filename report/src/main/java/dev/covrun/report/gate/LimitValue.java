package dev.covrun.report.gate;

import org.jacoco.core.analysis.ICounter.CounterValue;

/** What a limit compares, as in jacoco:check: a ratio (0..1) or a count. */
public enum LimitValue {
  TOTALCOUNT(CounterValue.TOTALCOUNT),
  COVEREDCOUNT(CounterValue.COVEREDCOUNT),
  MISSEDCOUNT(CounterValue.MISSEDCOUNT),
  COVEREDRATIO(CounterValue.COVEREDRATIO),
  MISSEDRATIO(CounterValue.MISSEDRATIO);

  private final CounterValue jacoco;

  LimitValue(CounterValue jacoco) {
    this.jacoco = jacoco;
  }

  /** JaCoCo's value this one stands for. */
  public CounterValue jacoco() {
    return jacoco;
  }

  /** True for the ratios, whose limits lie in 0..1 and may be written as percentages. */
  public boolean isRatio() {
    return this == COVEREDRATIO || this == MISSEDRATIO;
  }
}
