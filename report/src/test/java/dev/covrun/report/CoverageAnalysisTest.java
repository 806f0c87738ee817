package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
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

  @Test
  void should_analyse_classes_inside_a_jar_nested_in_a_jar() throws Exception {
    Path outer = tmp.resolve("app.jar");
    try (OutputStream file = Files.newOutputStream(outer);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new ZipEntry("BOOT-INF/lib/sample.jar"));
      out.write(jarHolding(InstrumentedRun.CLASS_FILE, InstrumentedRun.originalBytes()));
    }

    IBundleCoverage bundle =
        CoverageAnalysis.analyze("nested", InstrumentedRun.gradeNinetyFive().data(), List.of(outer));

    assertEquals(new CounterValue(3, 4), CoverageTotals.of(bundle).counter(CounterType.LINE));
  }

  @Test
  void should_give_jacocos_serial_result_when_analysing_on_four_threads() throws Exception {
    Path jacocoCore = Path.of(Analyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ExecutionDataStore none = new ExecutionDataStore();
    CoverageBuilder serial = new CoverageBuilder();
    new Analyzer(none, serial).analyzeAll(jacocoCore.toFile());

    IBundleCoverage parallel = CoverageAnalysis.analyze("core", none, List.of(jacocoCore), 4);

    Map<String, String> expected = classCounters(serial.getBundle("core"));
    assertTrue(expected.size() > 100, "jacoco core has a few hundred classes: " + expected.size());
    assertEquals(expected, classCounters(parallel));
  }

  @Test
  void should_write_the_same_xml_bytes_as_a_report_from_jacocos_serial_analyzer() throws Exception {
    Path jacocoCore = Path.of(Analyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ExecutionDataStore none = new ExecutionDataStore();
    CoverageBuilder serial = new CoverageBuilder();
    new Analyzer(none, serial).analyzeAll(jacocoCore.toFile());
    SessionInfoStore sessions = new SessionInfoStore();

    new ReportWriter(serial.getBundle("core"), sessions, none, List.of()).writeXml(tmp.resolve("serial.xml"));
    new ReportWriter(CoverageAnalysis.analyze("core", none, List.of(jacocoCore), 4), sessions, none, List.of())
        .writeXml(tmp.resolve("parallel.xml"));

    assertEquals(Files.readString(tmp.resolve("serial.xml")), Files.readString(tmp.resolve("parallel.xml")));
  }

  @Test
  void should_name_both_files_when_two_different_class_files_have_the_same_name()
      throws Exception {
    Path first = InstrumentedRun.classRoot(tmp.resolve("first"));
    Path second = tmp.resolve("second");
    Files.createDirectories(second.resolve(InstrumentedRun.CLASS_FILE).getParent());
    Files.write(second.resolve(InstrumentedRun.CLASS_FILE), OtherBuild.of(InstrumentedRun.originalBytes()));

    BadReportInputException e =
        assertThrows(
            BadReportInputException.class,
            () -> CoverageAnalysis.analyze("x", new ExecutionDataStore(), List.of(first, second)));

    assertEquals(second, e.path());
    assertEquals(
        second
            + ": two different class files for class dev.covrun.report.sample.Grader in --classes: "
            + first.resolve(InstrumentedRun.CLASS_FILE)
            + " and "
            + second.resolve(InstrumentedRun.CLASS_FILE),
        e.getMessage());
  }

  @Test
  void should_accept_the_same_class_file_twice() throws Exception {
    Path first = InstrumentedRun.classRoot(tmp.resolve("first"));
    Path second = InstrumentedRun.classRoot(tmp.resolve("second"));

    IBundleCoverage bundle =
        CoverageAnalysis.analyze(
            "twice", InstrumentedRun.gradeNinetyFive().data(), List.of(first, second));

    assertEquals(new CounterValue(3, 4), CoverageTotals.of(bundle).counter(CounterType.LINE));
  }

  private static byte[] jarHolding(String entry, byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(buffer)) {
      out.putNextEntry(new ZipEntry(entry));
      out.write(bytes);
    }
    return buffer.toByteArray();
  }

  private static Map<String, String> classCounters(IBundleCoverage bundle) {
    Map<String, String> counters = new TreeMap<>();
    for (IPackageCoverage pkg : bundle.getPackages()) {
      for (IClassCoverage type : pkg.getClasses()) {
        counters.put(type.getName(), CoverageTotals.of(type).counters().toString());
      }
    }
    return counters;
  }
}
