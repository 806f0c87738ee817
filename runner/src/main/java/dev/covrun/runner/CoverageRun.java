package dev.covrun.runner;

import dev.covrun.merger.ExecMerger;
import dev.covrun.merger.MergedExec;
import dev.covrun.report.Threshold;
import dev.covrun.runner.RunSummary.ChunkSummary;
import dev.covrun.runner.RunSummary.CounterSummary;
import dev.covrun.runner.RunSummary.FailureSummary;
import dev.covrun.runner.RunSummary.GateSummary;
import dev.covrun.runner.chunk.ChildJvmFactory;
import dev.covrun.runner.chunk.ChunkOutcome;
import dev.covrun.runner.chunk.ChunkRunner;
import dev.covrun.runner.chunk.RunLayout;
import dev.covrun.runner.chunk.TestFailure;
import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.discovery.ClassFilter;
import dev.covrun.runner.discovery.InstrumentedPackages;
import dev.covrun.runner.discovery.TestClassScanner;
import dev.covrun.runner.plan.ChunkPlanner;
import dev.covrun.runner.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jacoco.agent.AgentJar;

/** The whole {@code covrun run}: discover, plan, run the chunks, merge, report, gate, summarise. */
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
    Plan plan = plan(discover());
    RunLayout layout = new RunLayout(config.out(), plan.chunks().size());
    ChildJvmFactory jvms = new ChildJvmFactory(jvmSettings(layout));
    prepareOutput(layout);
    List<ChunkOutcome> outcomes =
        new ChunkRunner(layout, jvms, config.templateDb(), out, progressSeconds).run(plan);
    return finish(plan, layout, outcomes);
  }

  private List<String> discover() throws IOException {
    List<String> units =
        new TestClassScanner(ClassFilter.of(config.include(), config.exclude())).scan(config.tests());
    if (units.isEmpty()) {
      throw CovrunException.badInput(
          "no test classes found in "
              + config.tests()
              + " matching "
              + config.include()
              + (config.exclude().isEmpty() ? "" : " and not " + config.exclude()));
    }
    return units;
  }

  private Plan plan(List<String> units) {
    Plan plan = ChunkPlanner.byName(units, config.chunks());
    if (plan.reduced()) {
      out.printf(
          "[covrun] only %d test classes for %d chunks: using %d chunks%n",
          units.size(), config.chunks(), plan.chunks().size());
    }
    out.printf("[covrun] %d test classes in %d chunks%n", units.size(), plan.chunks().size());
    return plan;
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
        layout);
  }

  private static void prepareOutput(RunLayout layout) throws IOException {
    FileTrees.deleteIfExists(layout.chunksDir());
    Files.createDirectories(layout.agentJar().getParent());
    AgentJar.extractTo(layout.agentJar().toFile());
  }

  private ExitCode finish(Plan plan, RunLayout layout, List<ChunkOutcome> outcomes)
      throws IOException {
    List<String> problems = new ArrayList<>();
    outcomes.stream().filter(o -> !o.complete()).forEach(o -> reportIncomplete(o, problems));
    Optional<ReportStep.Result> report = mergeAndReport(layout, outcomes, problems);
    boolean testsFailed = outcomes.stream().anyMatch(o -> o.events().failed() > 0 || o.exitValue() == 1);
    boolean gateFailed = report.map(r -> !r.violations().isEmpty()).orElse(false);
    ExitCode exit =
        ExitCode.mostSevere(
            List.of(
                problems.isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE,
                testsFailed ? ExitCode.TESTS_FAILED : ExitCode.OK,
                gateFailed ? ExitCode.GATE_FAILED : ExitCode.OK));
    RunSummary summary = summary(plan, outcomes, report, problems, exit);
    SummaryFile.write(layout.summaryJson(), summary);
    ConsoleTable.print(summary, out);
    printVerdict(summary, layout);
    return exit;
  }

  private void reportIncomplete(ChunkOutcome outcome, List<String> problems) {
    problems.add(outcome.problem());
    err.println("covrun: " + outcome.problem());
    outcome.lastErrorLines().forEach(line -> err.println("  | " + line));
    err.flush();
  }

  private Optional<ReportStep.Result> mergeAndReport(
      RunLayout layout, List<ChunkOutcome> outcomes, List<String> problems) throws IOException {
    List<Path> execs =
        outcomes.stream()
            .filter(ChunkOutcome::execWritten)
            .map(o -> layout.chunkExec(o.chunk().number()))
            .toList();
    if (execs.isEmpty()) {
      problems.add("no chunk wrote coverage data: no report");
      return Optional.empty();
    }
    MergedExec merged = ExecMerger.merge(execs);
    merged.writeTo(layout.mergedExec());
    ReportStep.Targets targets =
        new ReportStep.Targets(Optional.of(layout.jacocoXml()), Optional.of(layout.htmlDir()));
    return Optional.of(
        ReportStep.run(
            merged, config.classes(), config.sources(), targets, config.thresholds(), reportName()));
  }

  private String reportName() {
    Path name = config.workdir().getFileName();
    return name == null ? "covrun" : name.toString();
  }

  private RunSummary summary(
      Plan plan,
      List<ChunkOutcome> outcomes,
      Optional<ReportStep.Result> report,
      List<String> problems,
      ExitCode exit) {
    List<String> violations =
        report.map(r -> r.violations().stream().map(v -> v.message()).toList()).orElse(List.of());
    return new RunSummary(
        exit.code(),
        exit.label(),
        plan.unitCount(),
        outcomes.stream().map(CoverageRun::chunkSummary).toList(),
        report.map(r -> counters(r)).orElse(Map.of()),
        new GateSummary(
            report.isPresent() && violations.isEmpty(),
            config.thresholds().stream().map(CoverageRun::describe).toList(),
            violations),
        failures(outcomes),
        problems);
  }

  private static String describe(Threshold threshold) {
    return threshold.counter().name() + "=" + threshold.minimum().toPlainString();
  }

  private static ChunkSummary chunkSummary(ChunkOutcome o) {
    return new ChunkSummary(
        o.chunk().number(),
        o.chunk().units().size(),
        o.events().tests(),
        o.events().failed(),
        o.events().skipped(),
        o.wallMillis() / 1000.0,
        o.exitValue(),
        o.status());
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

  private void printVerdict(RunSummary summary, RunLayout layout) {
    for (FailureSummary f : summary.failures()) {
      err.println("FAILED " + f.test() + (f.message().isEmpty() ? "" : ": " + f.message()));
    }
    summary.gate().violations().forEach(v -> err.println(v));
    err.flush();
    out.println();
    out.printf("[covrun] reports in %s (jacoco.xml, html/, summary.json)%n", layout.out());
    out.printf("[covrun] %s (exit %d)%n", summary.result(), summary.exitCode());
    out.flush();
  }
}
