package dev.covrun.runner;

import dev.covrun.runner.RunSummary.ChunkSummary;
import dev.covrun.runner.RunSummary.CounterSummary;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Prints the end-of-run table: one row per test JVM (its worker number, which names its directory,
 * and the chunk it ran as), then the coverage totals.
 */
final class ConsoleTable {
  private ConsoleTable() {}

  static void print(RunSummary summary, PrintWriter out) {
    boolean features = summary.chunks().stream().anyMatch(c -> c.scenarios() != null);
    out.println();
    out.printf(
        "%-6s %5s  %-11s %6s %6s %7s %8s%s %10s %9s  %s%n",
        "worker", "chunk", "role", "units", "tests", "failed", "skipped",
        features ? String.format(" %9s %6s", "scenarios", "steps") : "", "predicted", "time", "status");
    for (ChunkSummary c : summary.chunks()) {
      out.printf(
          "%-6d %5d  %-11s %6d %6d %7d %8d%s %9.1fs %8.1fs  %s%n",
          c.worker(), c.chunk(), c.role(), c.units(), c.tests(), c.failed(), c.skipped(), features ? featureColumns(c) : "",
          c.predictedSeconds(), c.wallSeconds(), c.status());
    }
    if (!summary.coverage().isEmpty()) {
      printCoverage(summary.coverage(), out);
    }
    out.flush();
  }

  private static String featureColumns(ChunkSummary c) {
    return String.format(" %9d %6d", c.scenarios(), c.steps());
  }

  private static void printCoverage(Map<String, CounterSummary> coverage, PrintWriter out) {
    out.println();
    out.printf("%-12s %10s %10s %9s%n", "coverage", "covered", "total", "ratio");
    coverage.forEach(
        (counter, value) ->
            out.printf(
                "%-12s %10d %10d %9s%n",
                counter, value.covered(), value.total(), percent(value.ratio())));
  }

  static String percent(Double ratio) {
    if (ratio == null) {
      return "n/a";
    }
    // Rounded down, so a value just below a threshold never prints as if it met it.
    return String.format("%.2f%%", Math.floor(ratio * 10000) / 100);
  }
}
