package dev.covrun.report;

import java.util.Collection;
import java.util.List;
import org.jacoco.core.analysis.CoverageNodeImpl;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IPackageCoverage;

/** A bundle of the same name holding only some of another bundle's packages. */
final class PackageSubset extends CoverageNodeImpl implements IBundleCoverage {

  private final List<IPackageCoverage> packages;

  PackageSubset(String name, List<IPackageCoverage> packages) {
    super(ElementType.BUNDLE, name);
    this.packages = List.copyOf(packages);
    packages.forEach(this::increment);
  }

  @Override
  public Collection<IPackageCoverage> getPackages() {
    return packages;
  }
}
