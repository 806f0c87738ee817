package dev.covrun.runner;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads per-class counters out of a JaCoCo XML report, for comparing runs. */
final class JacocoXml {
  private JacocoXml() {}

  /** Class name to "TYPE missed/covered ..." for every class in the report, sorted. */
  static Map<String, String> classCounters(Path report) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(false);
    var builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    NodeList classes = builder.parse(report.toFile()).getElementsByTagName("class");
    Map<String, String> counters = new TreeMap<>();
    for (int i = 0; i < classes.getLength(); i++) {
      Element type = (Element) classes.item(i);
      counters.put(type.getAttribute("name"), countersOf(type));
    }
    return counters;
  }

  /** Line number to "covered" (at least one instruction ran) for one source file of the report. */
  static Map<Integer, Boolean> lines(Path report, String sourceFileName) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    var builder = factory.newDocumentBuilder();
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    NodeList sources = builder.parse(report.toFile()).getElementsByTagName("sourcefile");
    Map<Integer, Boolean> lines = new TreeMap<>();
    for (int i = 0; i < sources.getLength(); i++) {
      Element source = (Element) sources.item(i);
      if (source.getAttribute("name").equals(sourceFileName)) {
        NodeList nodes = source.getElementsByTagName("line");
        for (int j = 0; j < nodes.getLength(); j++) {
          Element line = (Element) nodes.item(j);
          lines.put(Integer.parseInt(line.getAttribute("nr")), Integer.parseInt(line.getAttribute("ci")) > 0);
        }
      }
    }
    return lines;
  }

  private static String countersOf(Element type) throws IOException {
    StringBuilder text = new StringBuilder();
    NodeList children = type.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element counter && counter.getTagName().equals("counter")) {
        text.append(counter.getAttribute("type"))
            .append(' ')
            .append(counter.getAttribute("missed"))
            .append('/')
            .append(counter.getAttribute("covered"))
            .append(' ');
      }
    }
    return text.toString().trim();
  }
}
