package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageAnalysisTest {

  @TempDir Path tmp;

  @Test
  void should_report_partial_coverage_of_an_instrumented_run() throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();

    IBundleCoverage bundle =
        CoverageAnalysis.analyze("sample", run.data(), List.of(InstrumentedRun.classRoot(tmp)));

    CoverageTotals totals = CoverageTotals.of(bundle);
    assertEquals("sample", bundle.getName());
    assertEquals(new CounterValue(2, 1), totals.counter(CounterType.METHOD));
    assertEquals(new CounterValue(3, 4), totals.counter(CounterType.LINE));
    assertEquals(new CounterValue(1, 3), totals.counter(CounterType.BRANCH));
    assertEquals(new CounterValue(1, 0), totals.counter(CounterType.CLASS));
  }

  @Test
  void should_report_no_coverage_without_execution_data() throws Exception {
    IBundleCoverage bundle =
        CoverageAnalysis.analyze(
            "sample", new ExecutionDataStore(), List.of(InstrumentedRun.classRoot(tmp)));

    assertEquals(new CounterValue(0, 7), CoverageTotals.of(bundle).counter(CounterType.LINE));
  }

  @Test
  void should_analyse_classes_inside_a_jar() throws Exception {
    Path jar = tmp.resolve("sample.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new ZipEntry(InstrumentedRun.CLASS_FILE));
      out.write(InstrumentedRun.originalBytes());
    }

    IBundleCoverage bundle =
        CoverageAnalysis.analyze(
            "jarred", InstrumentedRun.gradeNinetyFive().data(), List.of(jar));

    assertEquals(new CounterValue(3, 4), CoverageTotals.of(bundle).counter(CounterType.LINE));
  }

  @Test
  void should_fail_naming_the_path_when_a_class_root_does_not_exist() {
    Path missing = tmp.resolve("target/classes");

    BadReportInputException e =
        assertThrows(
            BadReportInputException.class,
            () -> CoverageAnalysis.analyze("x", new ExecutionDataStore(), List.of(tmp, missing)));

    assertEquals(missing, e.path());
    assertEquals(missing + ": classes directory or jar not found", e.getMessage());
  }

  @Test
  void should_fail_naming_the_root_when_a_class_file_is_corrupt() throws Exception {
    Path classes = InstrumentedRun.classRoot(tmp.resolve("classes"));
    byte[] magicThenGarbage = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 9};
    Files.write(classes.resolve("Broken.class"), magicThenGarbage);

    BadReportInputException e =
        assertThrows(
            BadReportInputException.class,
            () -> CoverageAnalysis.analyze("x", new ExecutionDataStore(), List.of(classes)));

    assertEquals(classes, e.path());
    assertTrue(e.getMessage().startsWith(classes + ": cannot analyse classes ("), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertFalse(e.getMessage().contains(".:"), e.getMessage());
  }
}
