package dev.covrun.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Builds the coverage tree of the given class roots from execution data. Class files are analysed
 * on one thread per core (the JaCoCo CLI uses one), with the same result as a serial analysis.
 */
public final class CoverageAnalysis {

  private CoverageAnalysis() {}

  /** Analyses on as many threads as there are cores; see {@link #analyze(String, ExecutionDataStore, List, int)}. */
  public static IBundleCoverage analyze(
      String bundleName, ExecutionDataStore data, List<Path> classRoots) throws IOException {
    return analyze(bundleName, data, classRoots, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Analyses every class in the class roots (directories or jars) against {@code data}.
   *
   * @throws BadReportInputException if a class root does not exist, its classes cannot be
   *     analysed, or two different class files have the same class name (both are named)
   */
  public static IBundleCoverage analyze(
      String bundleName, ExecutionDataStore data, List<Path> classRoots, int threads)
      throws IOException {
    for (Path root : classRoots) {
      requireExists(root);
    }
    List<AnalysedClass> classes =
        ParallelAnalyzer.analyze(data, classRoots, Math.max(1, threads));
    return BundleAssembly.build(bundleName, classes);
  }

  private static void requireExists(Path root) throws BadReportInputException {
    if (!Files.exists(root)) {
      throw new BadReportInputException(root, "classes directory or jar not found");
    }
  }
}
