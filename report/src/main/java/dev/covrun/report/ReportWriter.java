package dev.covrun.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.ISourceFileLocator;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.csv.CSVFormatter;
import org.jacoco.report.xml.XMLFormatter;

/** Writes JaCoCo's XML, HTML and CSV reports for one analysed bundle, each replaced atomically. */
public final class ReportWriter {

  private static final int TAB_WIDTH = 4;
  private static final String ENCODING = StandardCharsets.UTF_8.name();

  private final IBundleCoverage bundle;
  private final SessionInfoStore sessions;
  private final ExecutionDataStore data;
  private final List<Path> sourceRoots;

  /** Source roots may be empty (or not exist): the HTML report then has no source pages. */
  public ReportWriter(
      IBundleCoverage bundle,
      SessionInfoStore sessions,
      ExecutionDataStore data,
      List<Path> sourceRoots) {
    this.bundle = Objects.requireNonNull(bundle, "bundle");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.data = Objects.requireNonNull(data, "data");
    this.sourceRoots = List.copyOf(sourceRoots);
  }

  /** Writes the JaCoCo XML report (UTF-8, valid against JaCoCo's report DTD). */
  public void writeXml(Path file) throws IOException {
    XMLFormatter formatter = new XMLFormatter();
    formatter.setOutputEncoding(ENCODING);
    AtomicOutput.writeFile(file, out -> visit(formatter.createVisitor(out)));
  }

  /** Writes the JaCoCo HTML report into {@code dir}, replacing any previous report there. */
  public void writeHtml(Path dir) throws IOException {
    writeHtml(dir, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Writes the HTML report on up to {@code threads} threads; the files are exactly those of a
   * single-threaded JaCoCo HTML report.
   */
  public void writeHtml(Path dir, int threads) throws IOException {
    ParallelHtml html = new ParallelHtml(bundle, sessions, data, sourceLocator());
    AtomicOutput.writeDirectory(dir, temp -> html.writeInto(temp, threads));
  }

  /** Writes JaCoCo's CSV report: one row per class with every counter. */
  public void writeCsv(Path file) throws IOException {
    CSVFormatter formatter = new CSVFormatter();
    formatter.setOutputEncoding(ENCODING);
    AtomicOutput.writeFile(file, out -> visit(formatter.createVisitor(out)));
  }

  private void visit(IReportVisitor visitor) throws IOException {
    visitor.visitInfo(sessions.getInfos(), data.getContents());
    visitor.visitBundle(bundle, sourceLocator());
    visitor.visitEnd();
  }

  private ISourceFileLocator sourceLocator() {
    MultiSourceFileLocator locator = new MultiSourceFileLocator(TAB_WIDTH);
    for (Path root : sourceRoots) {
      locator.add(new DirectorySourceFileLocator(root.toFile(), ENCODING, TAB_WIDTH));
    }
    return locator;
  }
}
