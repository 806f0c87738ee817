package dev.covrun.report;

import org.jacoco.core.analysis.ICoverageNode.CounterEntity;

/** The coverage counters a threshold or summary can name, in JaCoCo's report order. */
public enum CounterType {
  INSTRUCTION(CounterEntity.INSTRUCTION),
  LINE(CounterEntity.LINE),
  BRANCH(CounterEntity.BRANCH),
  COMPLEXITY(CounterEntity.COMPLEXITY),
  METHOD(CounterEntity.METHOD),
  CLASS(CounterEntity.CLASS);

  private final CounterEntity entity;

  CounterType(CounterEntity entity) {
    this.entity = entity;
  }

  /** The JaCoCo counter this type reads. */
  public CounterEntity entity() {
    return entity;
  }
}
