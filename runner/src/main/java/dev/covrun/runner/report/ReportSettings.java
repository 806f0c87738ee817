package dev.covrun.runner.report;

import dev.covrun.report.Threshold;
import dev.covrun.report.gate.CoverageRule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report and gate settings beyond JaCoCo XML/HTML and {@code --min}, resolved and validated;
 * paths absolute, an empty optional means "not wanted".
 */
public record ReportSettings(
    Optional<Path> csv,
    Optional<Path> cobertura,
    Optional<Path> lcov,
    Optional<Path> json,
    Optional<Path> markdown,
    Path sourceRoot,
    List<CoverageRule> rules,
    Optional<Path> baseline,
    BigDecimal tolerance,
    Optional<String> diffBase,
    List<Threshold> minPatch,
    boolean strictIds,
    Optional<Path> stepSummary) {

  public ReportSettings {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Objects.requireNonNull(tolerance, "tolerance");
    rules = List.copyOf(rules);
    minPatch = List.copyOf(minPatch);
  }

  /** Nothing beyond the defaults: sources relative to {@code sourceRoot}, no extra formats or gates. */
  public static ReportSettings none(Path sourceRoot) {
    return new ReportSettings(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        sourceRoot, List.of(), Optional.empty(), BigDecimal.ZERO, Optional.empty(), List.of(),
        false, Optional.empty());
  }

  /** True when Cobertura or LCOV is wanted: they need source paths. */
  public boolean needsSourcePaths() {
    return cobertura.isPresent() || lcov.isPresent();
  }
}
