package dev.covrun.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.covrun.report.CoverageAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LcovReportTest {

  @TempDir Path tmp;

  private IBundleCoverage bundle;

  @BeforeEach
  void analyse() throws Exception {
    bundle = SampleBundle.analyse(tmp);
  }

  @Test
  void should_write_a_record_that_parses_back_to_jacocos_counters() throws Exception {
    Path file = tmp.resolve("out/lcov.info");

    new LcovReport(bundle, SampleBundle.resolvedPaths(bundle)).writeTo(file);

    List<LcovTracefile.Record> records = LcovTracefile.parse(file).records();
    assertEquals(1, records.size());
    LcovTracefile.Record grader = records.get(0);
    assertEquals(SampleBundle.SOURCE_PATH, grader.sourceFile());
    assertEquals(List.of("4,1", "7,1", "8,1", "10,0", "11,0", "13,0", "17,0"), grader.lines());
    assertEquals(7, grader.number("LF"));
    assertEquals(3, grader.number("LH"));
    assertEquals(List.of("7,0,0,1", "7,0,1,0", "10,0,0,-", "10,0,1,-"), grader.all("BRDA"));
    assertEquals(4, grader.number("BRF"));
    assertEquals(1, grader.number("BRH"));
    assertEquals(
        List.of("4,Grader.<init>()V", "7,Grader.grade(I)Ljava/lang/String;", "17,Grader.neverCalled(I)I"),
        grader.all("FN"));
    assertEquals(
        List.of("1,Grader.<init>()V", "1,Grader.grade(I)Ljava/lang/String;", "0,Grader.neverCalled(I)I"),
        grader.all("FNDA"));
    assertEquals(3, grader.number("FNF"));
    assertEquals(2, grader.number("FNH"));
  }

  @Test
  void should_write_consistent_records_for_a_large_real_bundle() throws Exception {
    Path jacocoCore = Path.of(Analyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    IBundleCoverage core = CoverageAnalysis.analyze("core", new ExecutionDataStore(), List.of(jacocoCore));
    Path file = tmp.resolve("core.info");

    new LcovReport(core, SourcePaths.resolve(core, List.of(), tmp)).writeTo(file);

    List<LcovTracefile.Record> records = LcovTracefile.parse(file).records();
    assertTrue(records.size() > 100, "records: " + records.size());
    long lines = 0;
    for (LcovTracefile.Record record : records) {
      assertEquals(record.lines().size(), record.number("LF"), record.sourceFile());
      assertEquals(record.all("FN").size(), record.number("FNF"), record.sourceFile());
      assertEquals(record.all("BRDA").size(), record.number("BRF"), record.sourceFile());
      List<String> names = record.all("FN").stream().map(fn -> fn.substring(fn.indexOf(',') + 1)).toList();
      assertEquals(names.size(), new HashSet<>(names).size(), "unique function names in " + record.sourceFile());
      lines += record.number("LF");
    }
    assertEquals(core.getLineCounter().getTotalCount(), lines);
  }

  @Test
  void should_be_readable_by_genhtml_when_it_is_installed() throws Exception {
    assumeTrue(onPath("genhtml"), "genhtml (Debian package lcov) is not installed");
    Path file = tmp.resolve("lcov.info");
    new LcovReport(bundle, SampleBundle.resolvedPaths(bundle)).writeTo(file);
    Path html = tmp.resolve("genhtml");

    Process genhtml =
        new ProcessBuilder("genhtml", "--branch-coverage", "--function-coverage", "-q", "-o", html.toString(), file.toString())
            .directory(SampleBundle.MODULE.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(genhtml.getInputStream().readAllBytes());
    assertTrue(genhtml.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, genhtml.exitValue(), output);
    assertTrue(Files.isRegularFile(html.resolve("index.html")), output);
    assertTrue(Files.readString(html.resolve("index.html")).contains("42.9"), "line rate 3/7 shown");
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
