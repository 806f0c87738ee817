package dev.covrun.runner.report;

import dev.covrun.report.gate.PatchReport;
import dev.covrun.report.gate.RatchetReport;
import java.util.List;
import java.util.Optional;

/**
 * What a report found: every failure that makes the gate fail (exit 2), warnings that do not,
 * console notes (ratchet table, patch listing, floor advice) and the ratchet and patch details.
 */
public record ReportVerdict(
    List<String> failures,
    List<String> warnings,
    List<String> notes,
    List<String> advice,
    Optional<RatchetReport> ratchet,
    Optional<PatchReport> patch) {

  public ReportVerdict {
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
    advice = List.copyOf(advice);
  }
}
