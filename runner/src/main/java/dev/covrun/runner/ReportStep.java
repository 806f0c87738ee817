package dev.covrun.runner;

import dev.covrun.merger.MergedExec;
import dev.covrun.report.BadReportInputException;
import dev.covrun.report.CoverageAnalysis;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.format.SourcePaths;
import dev.covrun.runner.report.GateInputs;
import dev.covrun.runner.report.ReportChecks;
import dev.covrun.runner.report.ReportOutputs;
import dev.covrun.runner.report.ReportRequest;
import dev.covrun.runner.report.ReportVerdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jacoco.core.analysis.IBundleCoverage;

/**
 * Analyses merged data against the class files, checks every gate, writes the requested reports.
 * Inputs (baseline, git revision, class files, class ids) are all checked before any report is
 * written.
 */
final class ReportStep {

  /** The totals, what fails the gate (exit 2), warnings, and notes for the console. */
  record Result(CoverageTotals totals, List<String> failures, List<String> warnings, List<String> notes) {}

  private ReportStep() {}

  static Result run(MergedExec merged, ReportRequest request) throws IOException {
    GateInputs inputs = GateInputs.load(request.settings());
    IBundleCoverage bundle = analyse(merged, request);
    Optional<SourcePaths> paths =
        request.settings().needsSourcePaths()
            ? Optional.of(SourcePaths.resolve(bundle, request.sources(), request.settings().sourceRoot()))
            : Optional.empty();
    ReportVerdict verdict = ReportChecks.check(request, merged, bundle, inputs, paths);
    ReportOutputs.write(request, merged, bundle, paths, verdict);
    List<String> notes = new ArrayList<>(verdict.notes());
    notes.addAll(verdict.advice());
    return new Result(CoverageTotals.of(bundle), verdict.failures(), verdict.warnings(), notes);
  }

  private static IBundleCoverage analyse(MergedExec merged, ReportRequest request) throws IOException {
    try {
      return CoverageAnalysis.analyze(request.name(), merged.data(), request.classes());
    } catch (BadReportInputException e) {
      throw new CovrunException(ExitCode.BAD_INPUT, e.getMessage(), e);
    }
  }
}
