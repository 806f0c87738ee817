package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeatureXmlNamesTest {
  private static final String ROW = "[engine:cucumber]/[feature:x]/[scenario:9]/[examples:12]/[example:14]";
  private static final String PLAIN = "[engine:cucumber]/[feature:x]/[scenario:3]";

  @TempDir Path dir;

  @Test
  void should_name_the_suite_after_the_unit_and_cases_after_feature_and_scenario_path() throws Exception {
    Path report = legacyReport();
    Map<String, List<String>> names =
        Map.of(ROW, List.of("Paying", "Pay <amount>", "Examples", "Example #1.2"), PLAIN, List.of("Paying", "Cash"));

    FeatureXmlNames.rewrite(report, "feature:orders/pay.feature", id -> Optional.ofNullable(names.get(id)));

    Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile()).getDocumentElement();
    assertEquals("feature:orders/pay.feature", suite.getAttribute("name"));
    assertEquals(List.of("Paying|Cash", "Paying|Pay <amount> > Examples > Example #1.2", "Examples|unknown"), cases(suite));
    assertTrue(Files.readString(report).contains("<![CDATA[boom"), "failure text kept as CDATA");
  }

  @Test
  void should_name_the_report_that_is_not_xml() throws IOException {
    Path report = Files.writeString(dir.resolve("TEST-x.xml"), "not xml");

    IOException e = assertThrows(IOException.class, () -> FeatureXmlNames.rewrite(report, "feature:x", id -> Optional.empty()));

    assertTrue(e.getMessage().startsWith("cannot rename the test cases in " + report + ": "), e.getMessage());
  }

  private Path legacyReport() throws IOException {
    return Files.writeString(
        dir.resolve("TEST-feature_orders_pay.feature.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuite name=\"Cucumber\" tests=\"3\">\n"
            + "<testcase name=\"Cash\" classname=\"Paying\" time=\"0.1\">"
            + "<system-out><![CDATA[\nunique-id: " + PLAIN + "\ndisplay-name: Cash\n]]></system-out></testcase>\n"
            + "<testcase name=\"Example #1.2\" classname=\"Examples\" time=\"0.1\">"
            + "<failure message=\"boom\"><![CDATA[boom\n\tat ✽.I pay(file:///x.feature:14)]]></failure>"
            + "<system-out><![CDATA[\nunique-id: " + ROW + "\n]]></system-out></testcase>\n"
            + "<testcase name=\"unknown\" classname=\"Examples\" time=\"0.1\"/>\n"
            + "</testsuite>\n");
  }

  private static List<String> cases(Element suite) {
    List<String> cases = new ArrayList<>();
    NodeList nodes = suite.getElementsByTagName("testcase");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element testCase = (Element) nodes.item(i);
      cases.add(testCase.getAttribute("classname") + "|" + testCase.getAttribute("name"));
    }
    return cases;
  }
}
