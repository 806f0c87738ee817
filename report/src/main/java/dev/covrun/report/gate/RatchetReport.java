package dev.covrun.report.gate;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage now against a baseline summary: any counter whose covered ratio dropped by more than
 * the tolerance is a violation, stated with how much it dropped.
 */
public record RatchetReport(List<CounterChange> changes, BigDecimal tolerance) {

  public RatchetReport {
    changes = List.copyOf(changes);
  }

  /** Compares every counter that has items in both. */
  public static RatchetReport compare(CoverageTotals baseline, CoverageTotals now, BigDecimal tolerance) {
    List<CounterChange> changes = new ArrayList<>();
    for (CounterType type : CounterType.values()) {
      CounterValue before = baseline.counters().get(type);
      CounterValue after = now.counters().get(type);
      if (before != null && after != null && before.total() > 0 && after.total() > 0) {
        changes.add(new CounterChange(type, before, after));
      }
    }
    return new RatchetReport(changes, tolerance);
  }

  /** Counters that dropped by more than the tolerance. */
  public List<CounterChange> drops() {
    return changes.stream().filter(c -> c.delta().negate().compareTo(tolerance) > 0).toList();
  }

  /** One line per drop, e.g. {@code LINE coverage dropped by 1.26 points (85.40% -> 84.14%), more than the tolerance of 0.00 points}. */
  public List<String> violations() {
    return drops().stream()
        .map(c -> "%s coverage dropped by %s points (%s -> %s), more than the tolerance of %s points"
            .formatted(c.counter(), Percent.points(c.delta()), Percent.floor(c.beforeRatio()),
                Percent.floor(c.afterRatio()), Percent.points(tolerance)))
        .toList();
  }

  /** One line per counter for the console: {@code LINE 85.40% -> 86.00% (+0.60)}. */
  public List<String> lines() {
    return changes.stream()
        .map(c -> "%-12s %9s -> %9s (%s)".formatted(c.counter(), Percent.floor(c.beforeRatio()),
            Percent.floor(c.afterRatio()), c.points()))
        .toList();
  }
}
