package dev.covrun.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;

/**
 * Builds the bundle from analysed classes in a fixed order (by class name, then as found), with
 * JaCoCo's own {@link CoverageBuilder}; two different class files of one name fail naming both.
 */
final class BundleAssembly {

  private BundleAssembly() {}

  static IBundleCoverage build(String name, List<AnalysedClass> classes)
      throws BadReportInputException {
    List<AnalysedClass> sorted =
        classes.stream().sorted(Comparator.comparing(c -> c.coverage().getName())).toList();
    CoverageBuilder builder = new CoverageBuilder();
    Map<String, AnalysedClass> firstByName = new HashMap<>();
    for (AnalysedClass analysed : sorted) {
      AnalysedClass first = firstByName.putIfAbsent(analysed.coverage().getName(), analysed);
      try {
        builder.visitCoverage(analysed.coverage());
      } catch (IllegalStateException e) {
        throw duplicate(first, analysed);
      }
    }
    return builder.getBundle(name);
  }

  private static BadReportInputException duplicate(AnalysedClass first, AnalysedClass second) {
    return new BadReportInputException(
        second.file().root(),
        "two different class files for class %s in --classes: %s and %s"
            .formatted(
                second.coverage().getName().replace('/', '.'),
                first.file().origin(),
                second.file().origin()));
  }
}
