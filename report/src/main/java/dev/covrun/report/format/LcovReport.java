package dev.covrun.report.format;

import dev.covrun.report.AtomicOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.analysis.ISourceNode;

/**
 * Writes an LCOV tracefile as {@code genhtml}, Coveralls and Codecov read it: one record per source
 * file with its methods (FN/FNDA), branches (BRDA) and executable lines (DA). JaCoCo knows whether
 * something ran, not how often, so every count is 0 or 1.
 */
public final class LcovReport {

  private final IBundleCoverage bundle;
  private final SourcePaths paths;

  public LcovReport(IBundleCoverage bundle, SourcePaths paths) {
    this.bundle = bundle;
    this.paths = paths;
  }

  /** Writes the tracefile to {@code file}, replacing it atomically. */
  public void writeTo(Path file) throws IOException {
    AtomicOutput.writeFile(file, this::write);
  }

  private void write(OutputStream stream) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    for (IPackageCoverage pkg : Sorted.packages(bundle)) {
      Map<String, List<IClassCoverage>> classesBySource = classesBySource(pkg);
      for (ISourceFileCoverage source : Sorted.sourceFiles(pkg)) {
        writeRecord(out, source, classesBySource.getOrDefault(source.getName(), List.of()));
      }
    }
    out.flush();
  }

  private void writeRecord(PrintWriter out, ISourceFileCoverage source, List<IClassCoverage> classes) {
    out.print("TN:\n");
    out.print("SF:" + paths.pathOf(source.getPackageName(), source.getName()) + "\n");
    writeMethods(out, classes);
    writeBranches(out, source);
    writeLines(out, source);
    out.print("end_of_record\n");
  }

  private static void writeMethods(PrintWriter out, List<IClassCoverage> classes) {
    List<String> hits = new ArrayList<>();
    int found = 0;
    int hit = 0;
    for (IClassCoverage type : classes) {
      for (IMethodCoverage method : type.getMethods()) {
        if (method.getFirstLine() == ISourceNode.UNKNOWN_LINE) {
          continue; // no line numbers: nothing to place the function at
        }
        String name = functionName(type, method);
        boolean covered = method.getMethodCounter().getCoveredCount() > 0;
        out.print("FN:" + method.getFirstLine() + "," + name + "\n");
        hits.add("FNDA:" + (covered ? 1 : 0) + "," + name + "\n");
        found++;
        hit += covered ? 1 : 0;
      }
    }
    hits.forEach(out::print);
    out.print("FNF:" + found + "\n");
    out.print("FNH:" + hit + "\n");
  }

  private static void writeBranches(PrintWriter out, ISourceFileCoverage source) {
    for (int nr = source.getFirstLine(); nr > 0 && nr <= source.getLastLine(); nr++) {
      ILine line = source.getLine(nr);
      ICounter branches = line.getBranchCounter();
      boolean executed = line.getInstructionCounter().getCoveredCount() > 0;
      for (int i = 0; i < branches.getTotalCount(); i++) {
        String taken = !executed ? "-" : i < branches.getCoveredCount() ? "1" : "0";
        out.print("BRDA:" + nr + ",0," + i + "," + taken + "\n");
      }
    }
    out.print("BRF:" + source.getBranchCounter().getTotalCount() + "\n");
    out.print("BRH:" + source.getBranchCounter().getCoveredCount() + "\n");
  }

  private static void writeLines(PrintWriter out, ISourceFileCoverage source) {
    for (int nr = source.getFirstLine(); nr > 0 && nr <= source.getLastLine(); nr++) {
      ILine line = source.getLine(nr);
      if (line.getStatus() != ICounter.EMPTY) {
        out.print("DA:" + nr + "," + (line.getInstructionCounter().getCoveredCount() > 0 ? 1 : 0) + "\n");
      }
    }
    out.print("LF:" + source.getLineCounter().getTotalCount() + "\n");
    out.print("LH:" + source.getLineCounter().getCoveredCount() + "\n");
  }

  // VM names keep overloads and lambdas apart (Order$Line.total()J, Order.lambda$sum$0(I)Z).
  private static String functionName(IClassCoverage type, IMethodCoverage method) {
    String simple = type.getName().substring(type.getName().lastIndexOf('/') + 1);
    return simple + "." + method.getName() + method.getDesc();
  }

  private static Map<String, List<IClassCoverage>> classesBySource(IPackageCoverage pkg) {
    Map<String, List<IClassCoverage>> bySource = new HashMap<>();
    for (IClassCoverage type : Sorted.classes(pkg)) {
      bySource.computeIfAbsent(Sorted.sourceFileOf(type), k -> new ArrayList<>()).add(type);
    }
    return bySource;
  }
}
