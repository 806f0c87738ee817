package dev.covrun.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renames a feature unit's JUnit XML: the legacy report names a test case after its parent's
 * display name, which for Scenario Outline rows is just "Examples". Here the suite is the unit
 * ({@code feature:orders/checkout.feature}), every case's class is the feature's title, and its
 * name the scenario's path below the feature ({@code Paying > Examples > Example #1.2}). The unique
 * id the report keeps in each case's system-out finds the case's names in the test plan.
 */
final class FeatureXmlNames {
  private static final Pattern UNIQUE_ID = Pattern.compile("unique-id: (\\S+)");

  private FeatureXmlNames() {}

  /**
   * Rewrites the report in place (atomically) with {@code names} mapping a unique id to the display
   * names from the feature down to the test.
   */
  static void rewrite(Path report, String unit, Function<String, Optional<List<String>>> names)
      throws IOException {
    try {
      DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // throws instead of printing to stderr
      Document xml = builder.parse(report.toFile());
      xml.getDocumentElement().setAttribute("name", unit);
      NodeList cases = xml.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element testCase = (Element) cases.item(i);
        uniqueId(testCase).flatMap(names).filter(n -> n.size() > 1).ifPresent(n -> rename(testCase, n));
      }
      write(xml, report);
    } catch (ParserConfigurationException | SAXException | TransformerException e) {
      throw new IOException("cannot rename the test cases in " + report + ": " + e.getMessage(), e);
    }
  }

  private static void rename(Element testCase, List<String> names) {
    testCase.setAttribute("classname", names.get(0));
    testCase.setAttribute("name", String.join(" > ", names.subList(1, names.size())));
  }

  private static Optional<String> uniqueId(Element testCase) {
    NodeList outputs = testCase.getElementsByTagName("system-out");
    for (int i = 0; i < outputs.getLength(); i++) {
      Matcher matcher = UNIQUE_ID.matcher(outputs.item(i).getTextContent());
      if (matcher.find()) {
        return Optional.of(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  private static void write(Document xml, Path report) throws IOException, TransformerException {
    Path temp = Files.createTempFile(report.getParent(), ".xml-", ".tmp");
    try {
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(xml), new StreamResult(temp.toFile()));
      Files.move(temp, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
