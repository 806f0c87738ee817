package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

class ReportWriterTest {

  private static final Path SOURCES = Path.of("src/test/java");
  private static final String PACKAGE_DIR = "dev.covrun.report.sample";

  @TempDir Path tmp;

  private InstrumentedRun run;
  private IBundleCoverage bundle;

  @BeforeEach
  void analyseSample() throws Exception {
    run = InstrumentedRun.gradeNinetyFive();
    bundle =
        CoverageAnalysis.analyze(
            "sample", run.data(), List.of(InstrumentedRun.classRoot(tmp.resolve("classes"))));
  }

  @Test
  void should_write_xml_that_is_valid_against_the_jacoco_report_dtd() throws Exception {
    Path xml = tmp.resolve("out/jacoco.xml");

    writer(List.of()).writeXml(xml);

    Document document = parseValidating(xml);
    Element report = document.getDocumentElement();
    assertEquals("sample", report.getAttribute("name"));
    assertEquals("sample-session", firstChild(report, "sessioninfo").getAttribute("id"));
    assertTrue(
        Files.readString(xml).contains("<counter type=\"LINE\" missed=\"4\" covered=\"3\"/>"));
  }

  @Test
  void should_write_a_csv_row_per_class_with_jacocos_columns() throws Exception {
    Path csv = tmp.resolve("out/jacoco.csv");

    writer(List.of()).writeCsv(csv);

    assertEquals(
        List.of(
            "GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,METHOD_COVERED",
            "sample,dev.covrun.report.sample,Grader,11,8,3,1,4,3,3,2,1,2"),
        Files.readAllLines(csv));
  }

  @Test
  void should_replace_an_existing_xml_file_and_leave_no_temp_file() throws Exception {
    Path xml = tmp.resolve("jacoco.xml");
    Files.writeString(xml, "stale");

    writer(List.of()).writeXml(xml);

    assertTrue(Files.readString(xml).startsWith("<?xml"));
    assertEquals(List.of("classes", "jacoco.xml"), names(tmp));
  }

  @Test
  void should_write_html_index_and_source_page_when_sources_resolve() throws IOException {
    Path html = tmp.resolve("html");

    writer(List.of(SOURCES)).writeHtml(html);

    assertTrue(Files.isRegularFile(html.resolve("index.html")));
    assertTrue(Files.isRegularFile(html.resolve("jacoco-sessions.html")));
    Path sourcePage = html.resolve(PACKAGE_DIR).resolve("Grader.java.html");
    assertTrue(Files.isRegularFile(sourcePage));
    assertTrue(Files.readString(sourcePage, StandardCharsets.UTF_8).contains("neverCalled"));
  }

  @Test
  void should_write_html_without_source_pages_when_no_sources_are_given() throws IOException {
    Path html = tmp.resolve("html");

    writer(List.of()).writeHtml(html);

    assertTrue(Files.isRegularFile(html.resolve(PACKAGE_DIR).resolve("Grader.html")));
    assertFalse(Files.exists(html.resolve(PACKAGE_DIR).resolve("Grader.java.html")));
  }

  @Test
  void should_replace_a_previous_html_report_and_leave_no_temp_directory() throws IOException {
    Path html = Files.createDirectories(tmp.resolve("html"));
    Files.writeString(html.resolve("stale.html"), "old report");

    writer(List.of()).writeHtml(html);

    assertFalse(Files.exists(html.resolve("stale.html")));
    assertTrue(Files.isRegularFile(html.resolve("index.html")));
    assertEquals(List.of("classes", "html"), names(tmp));
  }

  @Test
  void should_keep_the_previous_html_report_when_writing_fails() throws IOException {
    Path html = Files.createDirectories(tmp.resolve("html"));
    Files.writeString(html.resolve("index.html"), "previous report");
    ReportWriter failing =
        new ReportWriter(
            new ExplodingBundle(), new SessionInfoStore(), new ExecutionDataStore(), List.of());

    assertThrows(IllegalStateException.class, () -> failing.writeHtml(html));

    assertEquals("previous report", Files.readString(html.resolve("index.html")));
    assertEquals(List.of("classes", "html"), names(tmp));
  }

  @Test
  void should_refuse_to_replace_a_file_with_an_html_directory() throws IOException {
    Path notADir = Files.writeString(tmp.resolve("report"), "a file");

    IOException e = assertThrows(IOException.class, () -> writer(List.of()).writeHtml(notADir));

    assertEquals(notADir.toAbsolutePath() + ": exists and is not a directory", e.getMessage());
    assertEquals("a file", Files.readString(notADir));
  }

  private ReportWriter writer(List<Path> sourceRoots) {
    return new ReportWriter(bundle, run.sessions(), run.data(), sourceRoots);
  }

  private static Document parseValidating(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> reportDtd());
    builder.setErrorHandler(new FailingErrorHandler());
    return builder.parse(xml.toFile());
  }

  private static InputSource reportDtd() {
    InputStream dtd = ReportWriterTest.class.getResourceAsStream("/org/jacoco/report/xml/report.dtd");
    assertTrue(dtd != null, "report.dtd is inside the org.jacoco.report jar");
    return new InputSource(dtd);
  }

  private static Element firstChild(Element parent, String tag) {
    return (Element) parent.getElementsByTagName(tag).item(0);
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Fails on warnings too, so any DTD mismatch fails the test. */
  private static final class FailingErrorHandler implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  /** A bundle whose report breaks halfway, as a disk or formatter failure would. */
  private static final class ExplodingBundle
      extends org.jacoco.core.analysis.CoverageNodeImpl implements IBundleCoverage {
    ExplodingBundle() {
      super(ElementType.BUNDLE, "exploding");
    }

    @Override
    public Collection<IPackageCoverage> getPackages() {
      throw new IllegalStateException("report generation failed");
    }
  }
}
