package dev.covrun.runner;

import dev.covrun.report.Threshold;
import dev.covrun.runner.PlanStep.Planned;
import dev.covrun.runner.RunSummary.ChunkSummary;
import dev.covrun.runner.RunSummary.CounterSummary;
import dev.covrun.runner.RunSummary.FailureSummary;
import dev.covrun.runner.RunSummary.FlakySummary;
import dev.covrun.runner.RunSummary.GateSummary;
import dev.covrun.runner.RunSummary.PlanSummary;
import dev.covrun.runner.chunk.TestFailure;
import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.dist.Attempt;
import dev.covrun.runner.dist.DistributedRun;
import dev.covrun.runner.dist.UnitVerdict;
import dev.covrun.runner.dist.WorkerOutcome;
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
      DistributedRun run,
      Optional<ReportStep.Result> report,
      List<String> problems,
      ExitCode exit) {
    List<String> violations =
        report.map(ReportStep.Result::failures).orElse(List.of());
    return new RunSummary(
        exit.code(),
        exit.label(),
        planned.units().size(),
        config.work().distribution().label(),
        run.testSeconds(),
        plan(config, planned),
        run.workers().stream().map(o -> chunk(o, planned.hasFeatures())).toList(),
        report.map(RunSummaries::counters).orElse(Map.of()),
        new GateSummary(
            report.isPresent() && violations.isEmpty(),
            config.thresholds().stream().map(RunSummaries::describe).toList(),
            violations),
        failures(run),
        flaky(run),
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

  private static ChunkSummary chunk(WorkerOutcome o, boolean features) {
    return new ChunkSummary(
        o.number(),
        o.chunk(),
        o.role().label(),
        o.units().size(),
        o.predictedSeconds(),
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

  /** The failed tests of units whose last attempt failed; a flaky unit's failures are listed with it. */
  static List<FailureSummary> failures(DistributedRun run) {
    List<FailureSummary> failures = new ArrayList<>();
    for (UnitVerdict verdict : run.verdicts().values()) {
      if (verdict.verdict() == UnitVerdict.Verdict.FAILED) {
        failures.addAll(failuresOf(run, verdict.last().orElseThrow()));
      }
    }
    return failures;
  }

  private static List<FlakySummary> flaky(DistributedRun run) {
    List<FlakySummary> flaky = new ArrayList<>();
    for (UnitVerdict verdict : run.verdicts().values()) {
      if (verdict.verdict() == UnitVerdict.Verdict.FLAKY) {
        List<FailureSummary> failures = new ArrayList<>();
        verdict.attempts().stream()
            .filter(a -> a.result() == Attempt.Result.FAILED)
            .forEach(a -> failures.addAll(failuresOf(run, a)));
        flaky.add(new FlakySummary(verdict.unit(), verdict.attempts().size(), verdict.history(), failures));
      }
    }
    return flaky;
  }

  private static List<FailureSummary> failuresOf(DistributedRun run, Attempt attempt) {
    List<FailureSummary> failures = new ArrayList<>();
    for (WorkerOutcome worker : run.workers()) {
      if (worker.number() == attempt.worker()) {
        for (TestFailure f : worker.events().failures()) {
          if (f.unit().equals(attempt.unit())) {
            failures.add(new FailureSummary(worker.number(), worker.chunk(), f.unit(), f.test(), f.message()));
          }
        }
      }
    }
    return failures;
  }
}
