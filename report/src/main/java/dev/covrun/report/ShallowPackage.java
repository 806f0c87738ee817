package dev.covrun.report;

import java.util.Collection;
import java.util.List;
import org.jacoco.core.analysis.CoverageNodeImpl;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

/** A package's name and counters without its classes: enough for the report's index page. */
final class ShallowPackage extends CoverageNodeImpl implements IPackageCoverage {

  ShallowPackage(IPackageCoverage full) {
    super(ElementType.PACKAGE, full.getName());
    increment(full);
  }

  @Override
  public Collection<IClassCoverage> getClasses() {
    return List.of();
  }

  @Override
  public Collection<ISourceFileCoverage> getSourceFiles() {
    return List.of();
  }
}
