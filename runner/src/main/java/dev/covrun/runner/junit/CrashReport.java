package dev.covrun.runner.junit;

import dev.covrun.runner.dist.UnitVerdict;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The report of a unit that left no JUnit XML because its JVM died, hung or was stopped: one
 * testcase with an {@code <error>} saying what happened, so CI test reporters show it.
 */
final class CrashReport {
  /** The error type CI reporters show for a unit whose JVM died or hung. */
  static final String TYPE = "covrun.TestJvmLost";

  private CrashReport() {}

  static Document of(UnitVerdict verdict) {
    Document document = XmlFiles.empty();
    Element suite = document.createElement("testsuite");
    suite.setAttribute("name", verdict.unit());
    suite.setAttribute("tests", "1");
    suite.setAttribute("skipped", "0");
    suite.setAttribute("failures", "0");
    suite.setAttribute("errors", "1");
    suite.setAttribute("time", "0");
    Element testcase = document.createElement("testcase");
    testcase.setAttribute("name", "test JVM " + verdict.verdict().name().toLowerCase().replace('_', ' '));
    testcase.setAttribute("classname", verdict.unit());
    testcase.setAttribute("time", "0");
    Element error = document.createElement("error");
    error.setAttribute("message", verdict.last().map(a -> a.detail()).orElse(""));
    error.setAttribute("type", TYPE);
    error.setTextContent(verdict.unit() + ": " + verdict.history());
    testcase.appendChild(error);
    suite.appendChild(testcase);
    document.appendChild(suite);
    return document;
  }
}
