package dev.covrun.runner.chunk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One JUnit XML file for the whole run: every chunk's {@code junit/TEST-*.xml} testsuite, in chunk
 * and file order, under a {@code <testsuites>} root with the summed counts, for CI test reporters
 * that take one file. Each suite's {@code <properties>} (the test JVM's system properties) is left
 * out: it is the same in every file of a chunk and reporters ignore it.
 */
public final class MergedJunitXml {
  private static final List<String> COUNTS = List.of("tests", "failures", "errors", "skipped");

  private MergedJunitXml() {}

  /** Writes the merged file atomically; returns how many suites it holds. */
  public static int write(List<Path> junitDirs, Path target) throws IOException {
    try {
      DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // throws instead of printing to stderr
      Document merged = builder.newDocument();
      Element root = merged.createElement("testsuites");
      root.setAttribute("name", "covrun");
      merged.appendChild(root);
      List<Element> suites = new ArrayList<>();
      for (Path report : reports(junitDirs)) {
        suites.add(suiteOf(builder, report, merged));
      }
      suites.forEach(root::appendChild);
      sumCounts(root, suites);
      writeAtomically(merged, target);
      return suites.size();
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> reports(List<Path> junitDirs) throws IOException {
    List<Path> reports = new ArrayList<>();
    for (Path dir : junitDirs) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(MergedJunitXml::isReport).sorted().forEach(reports::add);
        }
      }
    }
    return reports;
  }

  private static boolean isReport(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("TEST-") && name.endsWith(".xml");
  }

  private static Element suiteOf(DocumentBuilder builder, Path report, Document merged) throws IOException {
    try {
      Element suite = (Element) merged.importNode(builder.parse(report.toFile()).getDocumentElement(), true);
      NodeList properties = suite.getElementsByTagName("properties");
      for (int i = properties.getLength() - 1; i >= 0; i--) {
        Node node = properties.item(i);
        node.getParentNode().removeChild(node);
      }
      return suite;
    } catch (SAXException e) {
      throw new IOException("cannot read JUnit XML " + report + ": " + e.getMessage(), e);
    }
  }

  private static void sumCounts(Element root, List<Element> suites) {
    for (String count : COUNTS) {
      long sum = suites.stream().mapToLong(s -> parseLong(s.getAttribute(count))).sum();
      root.setAttribute(count, Long.toString(sum));
    }
    double time = suites.stream().mapToDouble(s -> parseDouble(s.getAttribute("time"))).sum();
    root.setAttribute("time", String.format(Locale.ROOT, "%.3f", time));
  }

  private static long parseLong(String value) {
    try {
      return value.isBlank() ? 0 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double parseDouble(String value) {
    try {
      return value.isBlank() ? 0 : Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void writeAtomically(Document merged, Path target) throws IOException, TransformerException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".junit", ".tmp");
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(merged), new StreamResult(temp.toFile()));
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
