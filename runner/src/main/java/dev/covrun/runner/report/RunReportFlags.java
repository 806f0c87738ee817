package dev.covrun.runner.report;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The report options of {@code covrun run}: the shared ones plus {@code --json-summary}, named so
 * because {@code covrun plan} (which takes the run's options) has its own {@code --json}.
 */
public class RunReportFlags {

  @Mixin ReportFlags shared;

  @Option(
      names = "--json-summary",
      paramLabel = "FILE",
      description = "Also write a JSON summary: totals and per-package counters, sessions, gate, ratchet and patch results.")
  String jsonSummary;
}
