package dev.covrun.runner.dist;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which work items run in a test JVM of full CPU priority while the other JVMs are lowered: the
 * item predicted longest, and every item predicted to need at least a whole worker's share of the
 * run (all predicted work / workers). Such an item bounds the run's wall time: it cannot be shared
 * between JVMs, the rest of the work can. Only recorded durations count; a guess (the median
 * assumed for an unknown unit) never wins priority.
 */
final class Favoring {
  private static final Favoring NONE = new Favoring(Double.POSITIVE_INFINITY, unit -> false);

  private final double fromSeconds;
  private final Predicate<String> recorded;

  private Favoring(double fromSeconds, Predicate<String> recorded) {
    this.fromSeconds = fromSeconds;
    this.recorded = recorded;
  }

  /** Favours nothing: static runs, reruns, one worker, --no-favor-longest. */
  static Favoring none() {
    return NONE;
  }

  /**
   * The favouring for one worksteal phase over {@code items} with {@code workers} JVMs; {@code
   * recorded} tells whether a unit's duration was recorded by an earlier run.
   */
  static Favoring of(List<WorkItem> items, int workers, Predicate<String> recorded) {
    double longest =
        items.stream()
            .filter(item -> item.units().stream().allMatch(recorded))
            .mapToDouble(WorkItem::predictedSeconds)
            .max()
            .orElse(0);
    if (workers < 2 || longest <= 0) {
      return NONE;
    }
    double total = items.stream().mapToDouble(WorkItem::predictedSeconds).sum();
    return new Favoring(Math.min(longest, total / workers), recorded);
  }

  boolean favors(WorkItem item) {
    return item.predictedSeconds() >= fromSeconds && item.units().stream().allMatch(recorded);
  }

  boolean isActive() {
    return this != NONE;
  }

  double fromSeconds() {
    return fromSeconds;
  }
}
