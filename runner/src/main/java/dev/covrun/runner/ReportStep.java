package dev.covrun.runner;

import dev.covrun.merger.MergedExec;
import dev.covrun.report.CoverageAnalysis;
import dev.covrun.report.CoverageGate;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.GateViolation;
import dev.covrun.report.ReportWriter;
import dev.covrun.report.Threshold;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jacoco.core.analysis.IBundleCoverage;

/** Analyses merged data against the class files, writes the requested reports, checks the gate. */
final class ReportStep {
  /** Where reports go; an empty optional means that format is not written. */
  record Targets(Optional<Path> xml, Optional<Path> html) {}

  /** The totals and any gate violations of one report. */
  record Result(CoverageTotals totals, List<GateViolation> violations) {}

  private ReportStep() {}

  static Result run(
      MergedExec merged,
      List<Path> classes,
      List<Path> sources,
      Targets targets,
      List<Threshold> thresholds,
      String name)
      throws IOException {
    IBundleCoverage bundle = CoverageAnalysis.analyze(name, merged.data(), classes);
    ReportWriter writer = new ReportWriter(bundle, merged.sessions(), merged.data(), sources);
    if (targets.xml().isPresent()) {
      writer.writeXml(targets.xml().get());
    }
    if (targets.html().isPresent()) {
      writer.writeHtml(targets.html().get());
    }
    return new Result(CoverageTotals.of(bundle), CoverageGate.check(bundle, thresholds));
  }
}
