package dev.covrun.report.format;

import dev.covrun.report.AtomicOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceNode;

/**
 * Writes Cobertura XML (valid against coverage-04.dtd), the format GitLab's merge-request coverage
 * reads: one class element per class with its source path relative to the source root, and one
 * line element per executable line (hits 1 when JaCoCo saw it executed, else 0).
 */
public final class CoberturaReport {

  static final String DTD = "http://cobertura.sourceforge.net/xml/coverage-04.dtd";

  private final IBundleCoverage bundle;
  private final SourcePaths paths;
  private final long timestamp;
  private XMLStreamWriter xml;
  private int depth;

  /** {@code timestamp} in milliseconds, e.g. the last session's dump time, so reruns are equal. */
  public CoberturaReport(IBundleCoverage bundle, SourcePaths paths, long timestamp) {
    this.bundle = bundle;
    this.paths = paths;
    this.timestamp = timestamp;
  }

  /** Writes the report to {@code file}, replacing it atomically. */
  public void writeTo(Path file) throws IOException {
    AtomicOutput.writeFile(file, this::write);
  }

  private void write(OutputStream out) throws IOException {
    try {
      xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeDTD("<!DOCTYPE coverage SYSTEM \"" + DTD + "\">");
      writeCoverage();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write Cobertura XML: " + e.getMessage(), e);
    }
  }

  private void writeCoverage() throws XMLStreamException {
    start("coverage");
    rates(bundle);
    attribute("lines-covered", bundle.getLineCounter().getCoveredCount());
    attribute("lines-valid", bundle.getLineCounter().getTotalCount());
    attribute("branches-covered", bundle.getBranchCounter().getCoveredCount());
    attribute("branches-valid", bundle.getBranchCounter().getTotalCount());
    attribute("complexity", bundle.getComplexityCounter().getTotalCount());
    xml.writeAttribute("version", "covrun");
    attribute("timestamp", timestamp);
    start("sources");
    start("source");
    xml.writeCharacters(paths.sourceRoot().toString());
    xml.writeEndElement();
    depth--;
    end();
    start("packages");
    for (IPackageCoverage pkg : Sorted.packages(bundle)) {
      writePackage(pkg);
    }
    end();
    end();
  }

  private void writePackage(IPackageCoverage pkg) throws XMLStreamException {
    start("package");
    xml.writeAttribute("name", pkg.getName().replace('/', '.'));
    rates(pkg);
    attribute("complexity", pkg.getComplexityCounter().getTotalCount());
    start("classes");
    for (IClassCoverage type : Sorted.classes(pkg)) {
      writeClass(type);
    }
    end();
    end();
  }

  private void writeClass(IClassCoverage type) throws XMLStreamException {
    start("class");
    xml.writeAttribute("name", type.getName().replace('/', '.'));
    xml.writeAttribute("filename", paths.pathOf(type.getPackageName(), Sorted.sourceFileOf(type)));
    rates(type);
    attribute("complexity", type.getComplexityCounter().getTotalCount());
    start("methods");
    for (IMethodCoverage method : type.getMethods()) {
      writeMethod(method);
    }
    end();
    writeLines(type);
    end();
  }

  private void writeMethod(IMethodCoverage method) throws XMLStreamException {
    start("method");
    xml.writeAttribute("name", method.getName());
    xml.writeAttribute("signature", method.getDesc());
    rates(method);
    attribute("complexity", method.getComplexityCounter().getTotalCount());
    writeLines(method);
    end();
  }

  private void writeLines(ISourceNode node) throws XMLStreamException {
    start("lines");
    for (int nr = node.getFirstLine(); nr != ISourceNode.UNKNOWN_LINE && nr <= node.getLastLine(); nr++) {
      ILine line = node.getLine(nr);
      if (line.getStatus() != ICounter.EMPTY) {
        writeLine(nr, line);
      }
    }
    end();
  }

  private void writeLine(int nr, ILine line) throws XMLStreamException {
    newline(depth + 1);
    xml.writeEmptyElement("line");
    attribute("number", nr);
    attribute("hits", line.getInstructionCounter().getCoveredCount() > 0 ? 1 : 0);
    ICounter branches = line.getBranchCounter();
    if (branches.getTotalCount() > 0) {
      xml.writeAttribute("branch", "true");
      xml.writeAttribute(
          "condition-coverage",
          "%s (%d/%d)"
              .formatted(Ratio.percent(branches), branches.getCoveredCount(), branches.getTotalCount()));
    } else {
      xml.writeAttribute("branch", "false");
    }
  }

  private void rates(ICoverageNode node) throws XMLStreamException {
    xml.writeAttribute("line-rate", Ratio.of(node.getCounter(CounterEntity.LINE)));
    xml.writeAttribute("branch-rate", Ratio.of(node.getCounter(CounterEntity.BRANCH)));
  }

  private void attribute(String name, long value) throws XMLStreamException {
    xml.writeAttribute(name, Long.toString(value));
  }

  private void start(String element) throws XMLStreamException {
    newline(depth++);
    xml.writeStartElement(element);
  }

  private void end() throws XMLStreamException {
    newline(--depth);
    xml.writeEndElement();
  }

  private void newline(int indent) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(indent));
  }
}
