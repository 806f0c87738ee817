package dev.covrun.runner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** What summary.json says about a run; field order is fixed so the file diffs cleanly. */
@JsonPropertyOrder(alphabetic = false)
public record RunSummary(
    int exitCode,
    String result,
    int units,
    String dist,
    double testSeconds,
    PlanSummary plan,
    List<ChunkSummary> chunks,
    Map<String, CounterSummary> coverage,
    GateSummary gate,
    List<FailureSummary> failures,
    List<FlakySummary> flaky,
    List<String> problems) {

  /** Which plan this run executed, and which part of it (shard "1/1" is the whole plan). */
  public record PlanSummary(
      String fingerprint, String shard, int chunksPerShard, int totalChunks, double predictedImbalance) {}

  /**
   * One test JVM's line in the summary: its worker number (unique in the run: its directory
   * chunks/WORKER, its COVRUN_WORKER) and its chunk (its COVRUN_CHUNK, 1 to the chunk count: a
   * replacement keeps the chunk of the JVM it replaces); a worker, a replacement for a dead one,
   * or a rerun; the units it was handed and their predicted seconds; scenarios and steps only when
   * the run has feature files (scenarios are the feature units' tests, steps the Cucumber steps
   * they ran).
   */
  public record ChunkSummary(
      int worker,
      int chunk,
      String role,
      int units,
      double predictedSeconds,
      int tests,
      int failed,
      int skipped,
      double wallSeconds,
      int exitValue,
      String status,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer scenarios,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer steps) {}

  /** One coverage counter; ratio is null when the counter has no items. */
  public record CounterSummary(long covered, long missed, long total, Double ratio) {}

  /** The gate's rules and what violated them. */
  public record GateSummary(boolean passed, List<String> minimums, List<String> violations) {}

  /** A failed test of a unit whose last attempt failed, and the test JVM (worker, chunk) it failed in. */
  public record FailureSummary(int worker, int chunk, String unit, String test, String message) {}

  /** A unit that passed only on a rerun (counted as passed), with what happened before. */
  public record FlakySummary(String unit, int attempts, String history, List<FailureSummary> failures) {}
}
