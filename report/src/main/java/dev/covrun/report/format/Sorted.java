package dev.covrun.report.format;

import java.util.Comparator;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

/** The nodes of a bundle in name order, so every format writes the same input the same way. */
final class Sorted {

  private Sorted() {}

  static List<IPackageCoverage> packages(IBundleCoverage bundle) {
    return bundle.getPackages().stream().sorted(byName()).toList();
  }

  static List<IClassCoverage> classes(IPackageCoverage pkg) {
    return pkg.getClasses().stream().sorted(byName()).toList();
  }

  static List<ISourceFileCoverage> sourceFiles(IPackageCoverage pkg) {
    return pkg.getSourceFiles().stream().sorted(byName()).toList();
  }

  /** The class's source file name, or the outer class name + .java when compiled without it. */
  static String sourceFileOf(IClassCoverage type) {
    if (type.getSourceFileName() != null) {
      return type.getSourceFileName();
    }
    String simple = type.getName().substring(type.getName().lastIndexOf('/') + 1);
    int nested = simple.indexOf('$');
    return (nested > 0 ? simple.substring(0, nested) : simple) + ".java";
  }

  private static <T extends ICoverageNode> Comparator<T> byName() {
    return Comparator.comparing(ICoverageNode::getName);
  }
}
