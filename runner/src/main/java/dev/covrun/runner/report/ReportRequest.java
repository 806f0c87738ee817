package dev.covrun.runner.report;

import dev.covrun.report.Threshold;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything one report needs besides the merged data; paths absolute. */
public record ReportRequest(
    String name,
    List<Path> classes,
    List<Path> sources,
    Optional<Path> xml,
    Optional<Path> html,
    List<Threshold> minimums,
    ReportSettings settings) {

  public ReportRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(settings, "settings");
    classes = List.copyOf(classes);
    sources = List.copyOf(sources);
    minimums = List.copyOf(minimums);
  }
}
