package dev.covrun.report.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jacoco.core.analysis.IBundleCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

class CoberturaReportTest {

  @TempDir Path tmp;

  private IBundleCoverage bundle;

  @BeforeEach
  void analyse() throws Exception {
    bundle = SampleBundle.analyse(tmp);
  }

  @Test
  void should_write_xml_that_is_valid_against_the_cobertura_dtd() throws Exception {
    Path file = tmp.resolve("out/cobertura.xml");

    new CoberturaReport(bundle, SampleBundle.resolvedPaths(bundle), 1_700_000_000_000L).writeTo(file);

    Element coverage = parseValidating(file).getDocumentElement();
    assertEquals("3", coverage.getAttribute("lines-covered"));
    assertEquals("7", coverage.getAttribute("lines-valid"));
    assertEquals("1", coverage.getAttribute("branches-covered"));
    assertEquals("4", coverage.getAttribute("branches-valid"));
    assertEquals("0.42857142857142855", coverage.getAttribute("line-rate"));
    assertEquals("1700000000000", coverage.getAttribute("timestamp"));
    assertEquals(SampleBundle.MODULE.toString(), text(coverage, "source"));
  }

  @Test
  void should_name_the_class_file_relative_to_the_source_root() throws Exception {
    Path file = tmp.resolve("cobertura.xml");

    new CoberturaReport(bundle, SampleBundle.resolvedPaths(bundle), 0).writeTo(file);

    Element type = (Element) parseValidating(file).getElementsByTagName("class").item(0);
    assertEquals("dev.covrun.report.sample.Grader", type.getAttribute("name"));
    assertEquals(SampleBundle.SOURCE_PATH, type.getAttribute("filename"));
    Element pkg = (Element) type.getParentNode().getParentNode();
    assertEquals("dev.covrun.report.sample", pkg.getAttribute("name"));
  }

  @Test
  void should_write_one_line_per_executable_line_with_hits_and_branch_coverage() throws Exception {
    Path file = tmp.resolve("cobertura.xml");

    new CoberturaReport(bundle, SampleBundle.resolvedPaths(bundle), 0).writeTo(file);

    Element type = (Element) parseValidating(file).getElementsByTagName("class").item(0);
    Element classLines = (Element) type.getElementsByTagName("lines").item(type.getElementsByTagName("lines").getLength() - 1);
    assertEquals(
        List.of(
            "4 hits=1", "7 hits=1 50% (1/2)", "8 hits=1", "10 hits=0 0% (0/2)", "11 hits=0",
            "13 hits=0", "17 hits=0"),
        lines(classLines));
  }

  @Test
  void should_write_the_same_bytes_for_the_same_input() throws Exception {
    Path first = tmp.resolve("a.xml");
    Path second = tmp.resolve("b.xml");

    new CoberturaReport(bundle, SampleBundle.resolvedPaths(bundle), 5).writeTo(first);
    new CoberturaReport(SampleBundle.analyse(tmp.resolve("again")), SampleBundle.resolvedPaths(bundle), 5)
        .writeTo(second);

    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  private static List<String> lines(Element lines) {
    List<String> found = new ArrayList<>();
    NodeList children = lines.getElementsByTagName("line");
    for (int i = 0; i < children.getLength(); i++) {
      Element line = (Element) children.item(i);
      String branch =
          line.getAttribute("branch").equals("true") ? " " + line.getAttribute("condition-coverage") : "";
      found.add(line.getAttribute("number") + " hits=" + line.getAttribute("hits") + branch);
    }
    return found;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }

  static Document parseValidating(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver(
        (publicId, systemId) -> {
          assertEquals(CoberturaReport.DTD, systemId);
          InputStream dtd = CoberturaReportTest.class.getResourceAsStream("/coverage-04.dtd");
          return new InputSource(dtd);
        });
    builder.setErrorHandler(new FailingErrorHandler());
    return builder.parse(xml.toFile());
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
}
