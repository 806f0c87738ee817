package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.FileMultiReportOutput;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.html.HTMLFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelHtmlTest {

  /** The report module's own classes and sources: several packages, real source pages. */
  private static final Path CLASSES = Path.of("target/classes");
  private static final Path SOURCES = Path.of("src/main/java");

  @TempDir Path tmp;

  @Test
  void should_write_the_same_files_as_jacocos_single_threaded_html_report() throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();
    IBundleCoverage bundle = CoverageAnalysis.analyze("covrun-report", run.data(), List.of(CLASSES, InstrumentedRun.classRoot(tmp.resolve("sample"))));
    assertTrue(bundle.getPackages().size() >= 4, "several packages: " + bundle.getPackages().size());
    ExecutionDataStore data = sessionsPageData(bundle, run.data());
    Path serial = serialReport(bundle, run.sessions(), data, tmp.resolve("serial"));
    Path parallel = tmp.resolve("parallel");

    new ReportWriter(bundle, run.sessions(), data, List.of(SOURCES)).writeHtml(parallel, 3);

    List<Path> expected = files(serial);
    assertTrue(expected.stream().anyMatch(p -> p.toString().endsWith("ParallelHtml.java.html")), "source pages written");
    assertEquals(expected, files(parallel));
    for (Path file : expected) {
      assertArrayEquals(Files.readAllBytes(serial.resolve(file)), Files.readAllBytes(parallel.resolve(file)), file.toString());
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("parallel", "sample", "serial"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  /** The sessions page lists every class of the data, linked when it has a page: many of both. */
  private static ExecutionDataStore sessionsPageData(IBundleCoverage bundle, ExecutionDataStore recorded) {
    ExecutionDataStore data = new ExecutionDataStore();
    recorded.getContents().forEach(data::put);
    bundle.getPackages().forEach(p -> p.getClasses().stream()
        .filter(c -> data.get(c.getId()) == null)
        .forEach(c -> data.put(new ExecutionData(c.getId(), c.getName(), new boolean[1]))));
    data.put(new ExecutionData(42L, "org/elsewhere/NotInTheReport", new boolean[1]));
    assertTrue(data.getContents().size() > 20, "classes in the data: " + data.getContents().size());
    return data;
  }

  private static Path serialReport(IBundleCoverage bundle, SessionInfoStore sessions, ExecutionDataStore data, Path dir)
      throws IOException {
    HTMLFormatter formatter = new HTMLFormatter();
    formatter.setOutputEncoding("UTF-8");
    formatter.setLocale(Locale.ENGLISH);
    IReportVisitor visitor = formatter.createVisitor(new FileMultiReportOutput(dir.toFile()));
    visitor.visitInfo(sessions.getInfos(), data.getContents());
    visitor.visitBundle(bundle, new DirectorySourceFileLocator(SOURCES.toFile(), "UTF-8", 4));
    visitor.visitEnd();
    return dir;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
