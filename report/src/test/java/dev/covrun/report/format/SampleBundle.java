package dev.covrun.report.format;

import dev.covrun.report.CoverageAnalysis;
import dev.covrun.report.InstrumentedRun;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;

/** The analysed sample Grader (grade(95) called once), and where its source is. */
final class SampleBundle {

  /** The report module's directory, standing in for a repository root. */
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path SOURCES = MODULE.resolve("src/test/java");
  static final String SOURCE_PATH = "src/test/java/dev/covrun/report/sample/Grader.java";

  private SampleBundle() {}

  static IBundleCoverage analyse(Path tmp) throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();
    return CoverageAnalysis.analyze(
        "sample", run.data(), List.of(InstrumentedRun.classRoot(tmp.resolve("classes"))));
  }

  static SourcePaths resolvedPaths(IBundleCoverage bundle) {
    return SourcePaths.resolve(bundle, List.of(SOURCES), MODULE);
  }
}
