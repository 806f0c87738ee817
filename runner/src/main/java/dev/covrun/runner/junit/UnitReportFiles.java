package dev.covrun.runner.junit;

import dev.covrun.worker.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The JUnit XML files one worker wrote for one unit: {@code TEST-<unit>.xml} or one per engine. */
final class UnitReportFiles {
  private UnitReportFiles() {}

  static List<Path> of(Path junitDir, String unit) throws IOException {
    if (!Files.isDirectory(junitDir)) {
      return List.of();
    }
    String stem = ReportFiles.PREFIX + ReportFiles.stem(unit);
    try (Stream<Path> files = Files.list(junitDir)) {
      return files
          .filter(file -> belongsTo(file.getFileName().toString(), stem))
          .sorted()
          .toList();
    }
  }

  private static boolean belongsTo(String name, String stem) {
    return name.endsWith(ReportFiles.SUFFIX)
        && (name.equals(stem + ReportFiles.SUFFIX) || name.startsWith(stem + "-"));
  }
}
