package dev.covrun.runner.report;

import dev.covrun.merger.MergedExec;
import dev.covrun.report.ClassIdCheck;
import dev.covrun.report.CoverageGate;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.GateViolation;
import dev.covrun.report.format.SourcePaths;
import dev.covrun.report.gate.FloorAdvice;
import dev.covrun.report.gate.PatchCoverage;
import dev.covrun.report.gate.PatchGate;
import dev.covrun.report.gate.PatchReport;
import dev.covrun.report.gate.RatchetReport;
import dev.covrun.report.gate.RulesGate;
import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jacoco.core.analysis.IBundleCoverage;

/** Every check of one report, in a fixed order: --min, rules, ratchet, patch coverage. */
public final class ReportChecks {

  private ReportChecks() {}

  /**
   * Checks the analysed bundle.
   *
   * @throws CovrunException (exit 4) under --strict-ids when exec data belongs to other builds
   */
  public static ReportVerdict check(
      ReportRequest request, MergedExec merged, IBundleCoverage bundle, GateInputs inputs,
      Optional<SourcePaths> sourcePaths) {
    ReportSettings settings = request.settings();
    List<String> warnings = new ArrayList<>();
    merged.skipped().forEach(s -> warnings.add("skipped " + s.message() + ": the result is partial"));
    warnings.addAll(idWarnings(bundle, merged, settings.strictIds()));
    sourcePaths.ifPresent(paths -> warnings.addAll(paths.warnings()));
    CoverageTotals totals = CoverageTotals.of(bundle);
    List<String> failures = new ArrayList<>();
    CoverageGate.check(bundle, request.minimums()).stream().map(GateViolation::message).forEach(failures::add);
    failures.addAll(RulesGate.check(bundle, settings.rules()));
    Optional<RatchetReport> ratchet = inputs.baseline().map(b -> RatchetReport.compare(b, totals, settings.tolerance()));
    ratchet.ifPresent(r -> failures.addAll(r.violations()));
    Optional<PatchReport> patch = inputs.changes().map(c -> PatchCoverage.of(bundle, c.lines(), c.repoRoot(), request.sources()));
    patch.ifPresent(p -> failures.addAll(PatchGate.check(p, settings.minPatch())));
    List<String> advice = FloorAdvice.advise(totals, request.minimums());
    return new ReportVerdict(failures, warnings, notes(ratchet, patch), advice, ratchet, patch);
  }

  private static List<String> idWarnings(IBundleCoverage bundle, MergedExec merged, boolean strict) {
    ClassIdCheck ids = ClassIdCheck.of(bundle, merged.data());
    if (strict && !ids.mismatches().isEmpty()) {
      throw new CovrunException(ExitCode.BAD_INPUT, "--strict-ids: " + ids.warnings().get(0));
    }
    return ids.warnings();
  }

  private static List<String> notes(Optional<RatchetReport> ratchet, Optional<PatchReport> patch) {
    List<String> notes = new ArrayList<>();
    ratchet.ifPresent(r -> {
      notes.add("against the baseline (tolerance " + r.tolerance().movePointRight(2).stripTrailingZeros().toPlainString() + " points):");
      r.lines().forEach(line -> notes.add("  " + line));
    });
    patch.ifPresent(p -> notes.addAll(p.lines()));
    return notes;
  }
}
