package dev.covrun.runner;

import dev.covrun.merger.BadExecInputException;
import dev.covrun.merger.ExecMerger;
import dev.covrun.merger.MergedExec;
import dev.covrun.merger.OnBadInput;
import dev.covrun.merger.SkippedInput;
import dev.covrun.report.FileTrees;
import dev.covrun.runner.PlanStep.Planned;
import dev.covrun.runner.chunk.ChildJvmFactory;
import dev.covrun.runner.chunk.MergedJunitXml;
import dev.covrun.runner.chunk.RunLayout;
import dev.covrun.runner.chunk.WorkerOptions;
import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.db.DatabaseSetup;
import dev.covrun.runner.db.TemplateDatabase;
import dev.covrun.runner.discovery.InstrumentedPackages;
import dev.covrun.runner.dist.Attempt;
import dev.covrun.runner.dist.DistributedRun;
import dev.covrun.runner.dist.Distributor;
import dev.covrun.runner.dist.RunInterruption;
import dev.covrun.runner.dist.RunProblems;
import dev.covrun.runner.dist.UnitVerdict;
import dev.covrun.runner.dist.WorkerOutcome;
import dev.covrun.runner.junit.JunitMerge;
import dev.covrun.runner.plan.Timings;
import dev.covrun.runner.report.ReportRequest;
import dev.covrun.runner.timing.TimingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jacoco.agent.AgentJar;

/** The whole {@code covrun run}: plan, run the chunks, record timings, merge, report, gate. */
final class CoverageRun {
  private final RunConfig config;
  private final PrintWriter out;
  private final PrintWriter err;
  private final long progressSeconds;

  CoverageRun(RunConfig config, PrintWriter out, PrintWriter err, long progressSeconds) {
    this.config = config;
    this.out = out;
    this.err = err;
    this.progressSeconds = progressSeconds;
  }

  ExitCode execute() throws IOException, InterruptedException {
    try (RunInterruption interruption = RunInterruption.install(err)) {
      Planned planned = PlanStep.plan(config, out);
      RunLayout layout = new RunLayout(config.out(), planned.plan().chunks().size());
      ChildJvmFactory jvms = new ChildJvmFactory(jvmSettings(layout));
      prepareOutput(layout);
      DistributedRun run;
      try (TemplateDatabase database = openTemplateDb(planned, layout)) {
        run = Distributor.run(request(planned, layout, jvms, database), interruption);
      }
      recordTimings(planned, run, layout);
      return finish(planned, layout, run);
    }
  }

  private Distributor.Request request(
      Planned planned, RunLayout layout, ChildJvmFactory jvms, TemplateDatabase database) {
    return new Distributor.Request(
        layout, jvms, database, config.java(), config.work(), planned.mine(), planned.units(),
        planned.timings(), out, err, progressSeconds);
  }

  private ChildJvmFactory.Settings jvmSettings(RunLayout layout) throws IOException {
    return new ChildJvmFactory.Settings(
        config.java(),
        config.workdir(),
        config.jvmArgs(),
        config.enableAssertions(),
        config.testClasspath(),
        Installation.platformJars().missingFrom(config.testClasspath()),
        Installation.workerJar(),
        layout.agentJar(),
        InstrumentedPackages.includesFor(config.classes()),
        layout,
        WorkerOptions.of(
            config.features().map(location -> location.workerArgument()), config.cucumberProperties()));
  }

  /** Checked before any JVM starts; PostgreSQL clones are dropped when the chunks are done. */
  private TemplateDatabase openTemplateDb(Planned planned, RunLayout layout) {
    DatabaseSetup setup =
        new DatabaseSetup(planned.mine().size(), highestWorkerNumber(planned, layout), config.keepDb(), out, err);
    return config.templateDb().map(source -> source.open(setup)).orElseGet(TemplateDatabase::none);
  }

  /**
   * The highest number a worker JVM can get, for clone names that must fit: replacements and
   * reruns take numbers after the plan's chunks, at most one per attempt a unit can have.
   */
  private int highestWorkerNumber(Planned planned, RunLayout layout) {
    int attemptsPerUnit = 1 + Math.max(1, config.work().rerunFailures());
    return layout.chunkCount() + planned.units().size() * attemptsPerUnit;
  }

  private static void prepareOutput(RunLayout layout) throws IOException {
    FileTrees.deleteIfExists(layout.chunksDir());
    FileTrees.deleteIfExists(layout.junitDir());
    Files.deleteIfExists(layout.mergedExec());
    Files.createDirectories(layout.agentJar().getParent());
    AgentJar.extractTo(layout.agentJar().toFile());
  }

  /** Updates the timings file; a shard also keeps its own measurements in its output dir. */
  private void recordTimings(Planned planned, DistributedRun run, RunLayout layout)
      throws IOException {
    Map<String, Double> measured = new TreeMap<>();
    for (UnitVerdict verdict : run.verdicts().values()) {
      verdict.attempts().stream()
          .filter(a -> a.result() == Attempt.Result.PASSED || a.result() == Attempt.Result.FAILED)
          .reduce((first, second) -> second)
          .ifPresent(a -> measured.put(a.unit(), a.millis() / 1000.0));
    }
    TimingsFile.write(config.timings(), planned.timings().updatedWith(measured, planned.unitNames()));
    if (!planned.shard().isWhole()) {
      TimingsFile.write(layout.shardTimings(), new Timings(new TreeMap<>(measured)));
    }
  }

  private ExitCode finish(Planned planned, RunLayout layout, DistributedRun run)
      throws IOException {
    List<String> problems = new ArrayList<>(run.problems());
    problems.addAll(
        RunProblems.of(run.verdicts().values(), run.failFastTriggered(), run.stopReason().isPresent()));
    Optional<MergedExec> merged = merge(layout, run, problems);
    Optional<ReportStep.Result> report =
        planned.shard().isWhole() && merged.isPresent() ? Optional.of(report(layout, merged.get())) : Optional.empty();
    JunitMerge.write(layout, run.verdicts().values());
    MergedJunitXml.write(List.of(layout.junitDir()), layout.mergedJunitXml());
    boolean testsFailed = run.verdicts().values().stream().anyMatch(v -> v.verdict() == UnitVerdict.Verdict.FAILED);
    boolean gateFailed = report.map(r -> !r.failures().isEmpty()).orElse(false);
    ExitCode exit =
        ExitCode.mostSevere(
            List.of(
                problems.isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE,
                testsFailed ? ExitCode.TESTS_FAILED : ExitCode.OK,
                gateFailed ? ExitCode.GATE_FAILED : ExitCode.OK));
    RunSummary summary = RunSummaries.of(config, planned, run, report, problems, exit);
    SummaryFile.write(layout.summaryJson(), summary);
    ConsoleTable.print(summary, out);
    printVerdict(summary, planned, layout);
    return exit;
  }

  /**
   * Merges every worker's exec file; one cut short by a kill keeps its complete units (each unit's
   * data is one stream appended in one write).
   */
  private Optional<MergedExec> merge(RunLayout layout, DistributedRun run, List<String> problems)
      throws IOException {
    List<Path> execs =
        run.workers().stream()
            .filter(WorkerOutcome::execWritten)
            .map(o -> layout.chunkExec(o.number()))
            .toList();
    if (execs.isEmpty()) {
      if (!run.workers().isEmpty()) {
        problems.add("no test JVM wrote coverage data: no report");
      }
      return Optional.empty();
    }
    MergedExec merged;
    try {
      // A worker's exec file cut short keeps its complete units; a corrupt one is left out, so
      // it cannot take the other workers' coverage with it.
      merged = ExecMerger.merge(execs, OnBadInput.KEEP_TRUNCATED);
    } catch (BadExecInputException e) {
      problems.add(e.getMessage() + ": no report");
      err.println("covrun: " + e.getMessage());
      return Optional.empty();
    }
    merged.warnings().forEach(w -> err.println("covrun: warning: " + w));
    for (SkippedInput skipped : merged.skipped()) {
      problems.add(skipped.message() + ": its coverage is left out, the report is partial");
      err.println("covrun: " + skipped.message() + ": its coverage is left out, the report is partial");
    }
    merged.writeTo(layout.mergedExec());
    return Optional.of(merged);
  }

  private ReportStep.Result report(RunLayout layout, MergedExec merged) throws IOException {
    ReportRequest request =
        new ReportRequest(reportName(), config.classes(), config.sources(), Optional.of(layout.jacocoXml()),
            Optional.of(layout.htmlDir()), config.thresholds(), config.report());
    ReportStep.Result result = ReportStep.run(merged, request);
    result.warnings().forEach(w -> err.println("covrun: warning: " + w));
    result.notes().forEach(note -> out.println("[covrun] " + note));
    return result;
  }

  private String reportName() {
    Path name = config.workdir().getFileName();
    return name == null ? "covrun" : name.toString();
  }

  private void printVerdict(RunSummary summary, Planned planned, RunLayout layout) {
    for (RunSummary.FailureSummary f : summary.failures()) {
      err.println("FAILED " + f.test() + (f.message().isEmpty() ? "" : ": " + f.message()));
    }
    for (String problem : summary.problems()) {
      err.println("INCOMPLETE " + problem);
    }
    for (RunSummary.FlakySummary f : summary.flaky()) {
      out.println("[covrun] FLAKY " + f.unit() + " (counted as passed): " + f.history());
    }
    summary.gate().violations().forEach(err::println);
    err.flush();
    out.println();
    if (planned.shard().isWhole()) {
      out.printf("[covrun] reports in %s (jacoco.xml, html/, summary.json)%n", layout.out());
    } else {
      out.printf(
          "[covrun] shard %s of plan %s in %s: merge all shards with 'covrun merge', then report%n",
          planned.shard(), planned.plan().fingerprint(), layout.out());
    }
    out.printf("[covrun] %s (exit %d)%n", summary.result(), summary.exitCode());
    out.flush();
  }
}
