package dev.covrun.runner.dist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of running every unit over worker JVMs: each JVM's outcome in start order, each
 * unit's verdict (sorted by unit), problems noticed on the way, why covrun stopped early (if it
 * did), whether --fail-fast stopped the hand-out, and the seconds the test JVMs took in all.
 */
public record DistributedRun(
    List<WorkerOutcome> workers,
    Map<String, UnitVerdict> verdicts,
    List<String> problems,
    Optional<String> stopReason,
    boolean failFastTriggered,
    double testSeconds) {

  public DistributedRun {
    workers = List.copyOf(workers);
    verdicts = Map.copyOf(verdicts);
    problems = List.copyOf(problems);
  }
}
