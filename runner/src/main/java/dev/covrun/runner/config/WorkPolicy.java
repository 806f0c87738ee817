package dev.covrun.runner.config;

import dev.covrun.runner.dist.Distribution;
import java.time.Duration;
import java.util.Optional;

/**
 * How a run hands out units and deals with faults: the distribution, the per-unit and whole-run
 * time limits, how often failed units are rerun in a fresh JVM, and whether to stop at the first
 * failure.
 */
public record WorkPolicy(
    Distribution distribution,
    Optional<Duration> unitTimeout,
    Optional<Duration> runTimeout,
    int rerunFailures,
    boolean failFast) {

  /** The defaults for a distribution: no limits, no reruns. */
  public static WorkPolicy of(Distribution distribution) {
    return new WorkPolicy(distribution, Optional.empty(), Optional.empty(), 0, false);
  }
}
