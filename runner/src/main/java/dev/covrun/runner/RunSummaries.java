package dev.covrun.runner;

import dev.covrun.report.Threshold;
import dev.covrun.runner.PlanStep.Planned;
import dev.covrun.runner.RunSummary.ChunkSummary;
import dev.covrun.runner.RunSummary.CounterSummary;
import dev.covrun.runner.RunSummary.FailureSummary;
import dev.covrun.runner.RunSummary.GateSummary;
import dev.covrun.runner.RunSummary.PlanSummary;
import dev.covrun.runner.chunk.ChunkOutcome;
import dev.covrun.runner.chunk.TestFailure;
import dev.covrun.runner.config.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds summary.json's content from a finished run; pure. */
final class RunSummaries {
  private RunSummaries() {}

  static RunSummary of(
      RunConfig config,
      Planned planned,
      List<ChunkOutcome> outcomes,
      Optional<ReportStep.Result> report,
      List<String> problems,
      ExitCode exit) {
    List<String> violations =
        report.map(ReportStep.Result::failures).orElse(List.of());
    return new RunSummary(
        exit.code(),
        exit.label(),
        planned.units().size(),
        plan(config, planned),
        outcomes.stream().map(o -> chunk(o, planned.hasFeatures())).toList(),
        report.map(RunSummaries::counters).orElse(Map.of()),
        new GateSummary(
            report.isPresent() && violations.isEmpty(),
            config.thresholds().stream().map(RunSummaries::describe).toList(),
            violations),
        failures(outcomes),
        problems);
  }

  private static PlanSummary plan(RunConfig config, Planned planned) {
    return new PlanSummary(
        planned.plan().fingerprint(),
        planned.shard().toString(),
        config.chunks(),
        planned.plan().chunks().size(),
        planned.plan().imbalance());
  }

  private static String describe(Threshold threshold) {
    return threshold.counter().name() + "=" + threshold.minimum().toPlainString();
  }

  private static ChunkSummary chunk(ChunkOutcome o, boolean features) {
    return new ChunkSummary(
        o.chunk().number(),
        o.chunk().units().size(),
        o.chunk().predictedSeconds(),
        o.events().tests(),
        o.events().failed(),
        o.events().skipped(),
        o.wallMillis() / 1000.0,
        o.exitValue(),
        o.status(),
        features ? o.events().scenarios() : null,
        features ? o.events().steps() : null);
  }

  private static Map<String, CounterSummary> counters(ReportStep.Result report) {
    Map<String, CounterSummary> counters = new LinkedHashMap<>();
    report
        .totals()
        .counters()
        .forEach(
            (type, value) ->
                counters.put(
                    type.name(),
                    new CounterSummary(
                        value.covered(),
                        value.missed(),
                        value.total(),
                        value.total() == 0 ? null : value.ratio())));
    return counters;
  }

  private static List<FailureSummary> failures(List<ChunkOutcome> outcomes) {
    List<FailureSummary> failures = new ArrayList<>();
    for (ChunkOutcome o : outcomes) {
      for (TestFailure f : o.events().failures()) {
        failures.add(new FailureSummary(o.chunk().number(), f.unit(), f.test(), f.message()));
      }
    }
    return failures;
  }
}
