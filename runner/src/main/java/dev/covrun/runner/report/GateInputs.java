package dev.covrun.runner.report;

import dev.covrun.report.CoverageTotals;
import java.util.Optional;

/**
 * The inputs of the ratchet and patch gates, read before anything is analysed or written so a
 * bad baseline or git revision fails fast (exit 4).
 */
public record GateInputs(Optional<CoverageTotals> baseline, Optional<GitDiff.Changes> changes) {

  /** Reads the baseline and runs git as the settings ask. */
  public static GateInputs load(ReportSettings settings) {
    return new GateInputs(
        settings.baseline().map(BaselineFile::read),
        settings.diffBase().map(ref -> GitDiff.against(settings.sourceRoot(), ref)));
  }
}
