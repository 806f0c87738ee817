package dev.covrun.runner.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MergedJunitXmlTest {
  @TempDir Path dir;

  @Test
  void should_put_every_chunks_suites_under_one_root_with_summed_counts_and_no_properties() throws Exception {
    Path one = suite("1/junit/TEST-b.BTest.xml", "b.BTest", 2, 1, 0.5);
    suite("1/junit/TEST-a.ATest.xml", "a.ATest", 3, 0, 1.25);
    suite("2/junit/TEST-feature_x.feature.xml", "feature:x.feature", 4, 0, 2.0);
    Files.writeString(one.resolveSibling("notes.txt"), "not a report");

    int suites = MergedJunitXml.write(
        List.of(dir.resolve("1/junit"), dir.resolve("2/junit"), dir.resolve("3/junit")), dir.resolve("out/junit.xml"));

    assertEquals(3, suites);
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("out/junit.xml").toFile()).getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("9", root.getAttribute("tests"));
    assertEquals("1", root.getAttribute("failures"));
    assertEquals("3.750", root.getAttribute("time"));
    List<String> names = new ArrayList<>();
    NodeList children = root.getElementsByTagName("testsuite");
    for (int i = 0; i < children.getLength(); i++) {
      names.add(((Element) children.item(i)).getAttribute("name"));
    }
    assertEquals(List.of("a.ATest", "b.BTest", "feature:x.feature"), names);
    assertEquals(0, root.getElementsByTagName("properties").getLength());
    assertEquals(1, root.getElementsByTagName("failure").getLength());
  }

  @Test
  void should_write_an_empty_root_when_no_chunk_wrote_a_report() throws Exception {
    assertEquals(0, MergedJunitXml.write(List.of(dir.resolve("none")), dir.resolve("junit.xml")));
    assertTrue(Files.readString(dir.resolve("junit.xml")).contains("<testsuites"));
  }

  @Test
  void should_name_a_report_that_is_not_xml() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("1/junit")).resolve("TEST-x.xml");
    Files.writeString(bad, "not xml");

    IOException e = assertThrows(IOException.class,
        () -> MergedJunitXml.write(List.of(dir.resolve("1/junit")), dir.resolve("junit.xml")));

    assertTrue(e.getMessage().startsWith("cannot read JUnit XML " + bad + ": "), e.getMessage());
  }

  private Path suite(String path, String name, int tests, int failures, double time) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + name
        + "\" tests=\"" + tests + "\" skipped=\"0\" failures=\"" + failures + "\" errors=\"0\" time=\"" + time + "\">\n"
        + "<properties><property name=\"java.version\" value=\"17\"/></properties>\n");
    for (int i = 0; i < tests; i++) {
      xml.append("<testcase name=\"t").append(i).append("\" classname=\"").append(name).append("\">")
          .append(i < failures ? "<failure message=\"boom\"/>" : "").append("</testcase>\n");
    }
    return Files.writeString(file, xml.append("</testsuite>\n").toString());
  }
}
