package dev.covrun.report.gate;

import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.internal.analysis.BundleCoverageImpl;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.core.internal.analysis.CounterImpl;
import org.jacoco.core.internal.analysis.MethodCoverageImpl;
import org.jacoco.core.internal.analysis.SourceFileCoverageImpl;

/**
 * Coverage trees with exactly chosen counts, built from JaCoCo's own node classes so counters add
 * up as in a real analysis: each line holds one instruction, each branch line two branches.
 */
final class Trees {

  private Trees() {}

  /** A method {@code name()V} with covered and missed lines, then two-way branch lines. */
  static MethodCoverageImpl method(String name, int coveredLines, int missedLines, int... branchLines) {
    MethodCoverageImpl method = new MethodCoverageImpl(name, "()V", null);
    int line = 1;
    for (int i = 0; i < coveredLines; i++) {
      method.increment(CounterImpl.COUNTER_0_1, CounterImpl.COUNTER_0_0, line++);
    }
    for (int i = 0; i < missedLines; i++) {
      method.increment(CounterImpl.COUNTER_1_0, CounterImpl.COUNTER_0_0, line++);
    }
    for (int coveredBranches : branchLines) {
      method.increment(CounterImpl.COUNTER_0_0, CounterImpl.getInstance(2 - coveredBranches, coveredBranches), line++);
    }
    method.incrementMethodCounter();
    return method;
  }

  /** A class (VM name) in its own source file holding the methods. */
  static ClassCoverageImpl type(String vmName, MethodCoverageImpl... methods) {
    ClassCoverageImpl type = new ClassCoverageImpl(vmName, vmName.hashCode(), false);
    type.setSourceFileName(vmName.substring(vmName.lastIndexOf('/') + 1) + ".java");
    for (MethodCoverageImpl method : methods) {
      type.addMethod(method);
    }
    return type;
  }

  static IBundleCoverage bundle(ClassCoverageImpl... types) {
    List<IClassCoverage> classes = List.of(types);
    List<ISourceFileCoverage> sources = new ArrayList<>();
    for (ClassCoverageImpl type : types) {
      SourceFileCoverageImpl source = new SourceFileCoverageImpl(type.getSourceFileName(), type.getPackageName());
      source.increment(type);
      sources.add(source);
    }
    return new BundleCoverageImpl("bundle", classes, sources);
  }
}
