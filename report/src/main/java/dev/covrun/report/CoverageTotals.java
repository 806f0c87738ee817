package dev.covrun.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode;

/** Every counter of one coverage node, in {@link CounterType} order, for summaries and tables. */
public record CoverageTotals(Map<CounterType, CounterValue> counters) {

  public CoverageTotals {
    counters = Collections.unmodifiableMap(new LinkedHashMap<>(counters));
  }

  /** Reads all counters of {@code node} (usually the bundle). */
  public static CoverageTotals of(ICoverageNode node) {
    Map<CounterType, CounterValue> counters = new LinkedHashMap<>();
    for (CounterType type : CounterType.values()) {
      ICounter counter = node.getCounter(type.entity());
      counters.put(type, new CounterValue(counter.getCoveredCount(), counter.getMissedCount()));
    }
    return new CoverageTotals(counters);
  }

  /** The value of one counter; every type is present when built by {@link #of}. */
  public CounterValue counter(CounterType type) {
    return counters.get(type);
  }
}
