package dev.covrun.report;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.CoverageNodeImpl;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IPackageCoverage;

/** A bundle with chosen counter values, to test gate boundaries no real class could hit exactly. */
final class FixedBundle extends CoverageNodeImpl implements IBundleCoverage {

  private final Map<CounterEntity, ICounter> counters = new EnumMap<>(CounterEntity.class);

  FixedBundle() {
    super(ElementType.BUNDLE, "fixed");
    for (CounterEntity entity : CounterEntity.values()) {
      counters.put(entity, new FixedCounter(0, 0));
    }
  }

  FixedBundle with(CounterType type, int covered, int missed) {
    counters.put(type.entity(), new FixedCounter(covered, missed));
    return this;
  }

  @Override
  public ICounter getCounter(CounterEntity entity) {
    return counters.get(entity);
  }

  @Override
  public Collection<IPackageCoverage> getPackages() {
    return List.of();
  }

  private record FixedCounter(int covered, int missed) implements ICounter {

    @Override
    public double getValue(CounterValue value) {
      return switch (value) {
        case TOTALCOUNT -> getTotalCount();
        case MISSEDCOUNT -> missed;
        case COVEREDCOUNT -> covered;
        case MISSEDRATIO -> getMissedRatio();
        case COVEREDRATIO -> getCoveredRatio();
      };
    }

    @Override
    public int getTotalCount() {
      return covered + missed;
    }

    @Override
    public int getCoveredCount() {
      return covered;
    }

    @Override
    public int getMissedCount() {
      return missed;
    }

    @Override
    public double getCoveredRatio() {
      return (double) covered / getTotalCount();
    }

    @Override
    public double getMissedRatio() {
      return (double) missed / getTotalCount();
    }

    @Override
    public int getStatus() {
      return (covered > 0 ? FULLY_COVERED : EMPTY) | (missed > 0 ? NOT_COVERED : EMPTY);
    }
  }
}
