package dev.covrun.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;

/** Builds the coverage tree of the given class roots from execution data. */
public final class CoverageAnalysis {

  private CoverageAnalysis() {}

  /**
   * Analyses every class in the class roots (directories or jars) against {@code data}.
   *
   * @throws BadReportInputException if a class root does not exist or its classes cannot be
   *     analysed (for example the same class name twice with different bytes)
   */
  public static IBundleCoverage analyze(
      String bundleName, ExecutionDataStore data, List<Path> classRoots) throws IOException {
    for (Path root : classRoots) {
      requireExists(root);
    }
    CoverageBuilder builder = new CoverageBuilder();
    Analyzer analyzer = new Analyzer(data, builder);
    for (Path root : classRoots) {
      analyzeRoot(analyzer, root);
    }
    return builder.getBundle(bundleName);
  }

  private static void requireExists(Path root) throws BadReportInputException {
    if (!Files.exists(root)) {
      throw new BadReportInputException(root, "classes directory or jar not found");
    }
  }

  private static void analyzeRoot(Analyzer analyzer, Path root) throws BadReportInputException {
    try {
      analyzer.analyzeAll(root.toFile());
    } catch (IOException e) {
      throw new BadReportInputException(root, "cannot analyse classes (" + describe(e) + ")", e);
    }
  }

  private static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
    if (e.getCause() != null && e.getCause() != e) {
      message += ": " + e.getCause().getMessage();
    }
    return message.replaceAll("\\s+", " ").trim();
  }
}
