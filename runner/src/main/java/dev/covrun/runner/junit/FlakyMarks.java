package dev.covrun.runner.junit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Marks a passing report with the failures of earlier attempts, as Surefire does for flaky tests:
 * a {@code <flakyFailure>} (for {@code <failure>}) or {@code <flakyError>} (for {@code <error>})
 * with the message, type and a {@code <stackTrace>} inside the passing testcase.
 */
final class FlakyMarks {
  private FlakyMarks() {}

  /** The failures and errors of a failed attempt's report, by testcase (classname and name). */
  static Map<String, List<Element>> failures(Document failedReport) {
    Map<String, List<Element>> byTest = new LinkedHashMap<>();
    for (Element testcase : testcases(failedReport)) {
      for (Element problem : children(testcase)) {
        if (problem.getTagName().equals("failure") || problem.getTagName().equals("error")) {
          byTest.computeIfAbsent(key(testcase), k -> new ArrayList<>()).add(problem);
        }
      }
    }
    return byTest;
  }

  /** Adds the earlier failures to the matching testcases; returns how many were added. */
  static int mark(Document passingReport, Map<String, List<Element>> earlier) {
    int added = 0;
    for (Element testcase : testcases(passingReport)) {
      for (Element problem : earlier.getOrDefault(key(testcase), List.of())) {
        testcase.appendChild(flaky(passingReport, problem));
        added++;
      }
    }
    return added;
  }

  /** A flakyError on the first testcase, for an earlier attempt that left no report (its JVM died). */
  static void markBrokenJvm(Document passingReport, String detail) {
    List<Element> testcases = testcases(passingReport);
    if (!testcases.isEmpty()) {
      Element flaky = passingReport.createElement("flakyError");
      flaky.setAttribute("message", detail);
      flaky.setAttribute("type", CrashReport.TYPE);
      testcases.get(0).appendChild(flaky);
    }
  }

  private static Element flaky(Document document, Element problem) {
    String tag = problem.getTagName().equals("failure") ? "flakyFailure" : "flakyError";
    Element flaky = document.createElement(tag);
    copyAttribute(problem, flaky, "message");
    copyAttribute(problem, flaky, "type");
    Element trace = document.createElement("stackTrace");
    trace.setTextContent(problem.getTextContent());
    flaky.appendChild(trace);
    return flaky;
  }

  private static void copyAttribute(Element from, Element to, String name) {
    if (from.hasAttribute(name)) {
      to.setAttribute(name, from.getAttribute(name));
    }
  }

  private static String key(Element testcase) {
    return testcase.getAttribute("classname") + "#" + testcase.getAttribute("name");
  }

  private static List<Element> testcases(Document document) {
    NodeList nodes = document.getElementsByTagName("testcase");
    List<Element> testcases = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      testcases.add((Element) nodes.item(i));
    }
    return testcases;
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        elements.add(element);
      }
    }
    return elements;
  }
}
