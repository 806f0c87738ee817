package dev.covrun.worker;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * One unit's JUnit XML reports: written per engine into a scratch directory, then renamed after the
 * unit as {@code TEST-<unit>.xml}, or {@code TEST-<unit>-<engine>.xml} when several engines
 * reported.
 */
final class UnitXmlReports {
  private static final String PREFIX = "TEST-";
  private static final String SUFFIX = ".xml";

  private final Path reportsDir;
  private final String fileStem;
  private final Path scratch;

  private UnitXmlReports(Path reportsDir, String fileStem, Path scratch) {
    this.reportsDir = reportsDir;
    this.fileStem = fileStem;
    this.scratch = scratch;
  }

  static UnitXmlReports create(Path reportsDir, Unit unit) throws WorkerException {
    try {
      Path scratch = Files.createTempDirectory(reportsDir, ".unit-");
      return new UnitXmlReports(reportsDir, fileStem(unit), scratch);
    } catch (IOException e) {
      throw failed("cannot create a directory in " + reportsDir, e);
    }
  }

  LegacyXmlReportGeneratingListener listener(PrintWriter err) {
    return new LegacyXmlReportGeneratingListener(scratch, err);
  }

  /** Moves the reports of the given engines into place and deletes the scratch directory. */
  List<Path> publish(Set<String> engines) throws WorkerException {
    try {
      List<Path> kept = reportsOf(engines);
      List<Path> published = new ArrayList<>();
      for (Path report : kept) {
        Path target = reportsDir.resolve(targetName(report, kept.size() > 1));
        published.add(Files.move(report, target, StandardCopyOption.REPLACE_EXISTING));
      }
      deleteScratch();
      return published;
    } catch (IOException e) {
      throw failed("cannot move JUnit XML reports into " + reportsDir, e);
    } catch (UncheckedIOException e) {
      throw failed("cannot move JUnit XML reports into " + reportsDir, e.getCause());
    }
  }

  private List<Path> reportsOf(Set<String> engines) throws IOException {
    try (Stream<Path> files = Files.list(scratch)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith(PREFIX))
          .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
          .filter(report -> engines.contains(engineOf(report)))
          .sorted()
          .toList();
    }
  }

  private String targetName(Path report, boolean several) {
    String suffix = several ? "-" + engineOf(report) : "";
    return PREFIX + fileStem + suffix + SUFFIX;
  }

  private void deleteScratch() throws IOException {
    try (Stream<Path> paths = Files.walk(scratch)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String engineOf(Path report) {
    String name = report.getFileName().toString();
    return name.substring(PREFIX.length(), name.length() - SUFFIX.length());
  }

  // Later unit kinds may contain characters (#, /, :) that do not belong in file names.
  static String fileStem(Unit unit) {
    return ReportFiles.stem(unit.name());
  }

  private static WorkerException failed(String problem, IOException cause) {
    return new WorkerException(
        WorkerExit.OUTPUT_FAILED, problem + ": " + FailureMessage.ioReason(cause));
  }
}
