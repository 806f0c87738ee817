package dev.covrun.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;

/**
 * Builds the bundle with JaCoCo's own {@link CoverageBuilder}, feeding the classes in the order
 * they were found (roots as given, directories sorted, jar entries as stored) like JaCoCo's
 * Analyzer does, so reports list them in the JaCoCo CLI's order. Two different class files of
 * one name fail naming both.
 */
final class BundleAssembly {

  private BundleAssembly() {}

  static IBundleCoverage build(String name, List<AnalysedClass> classes)
      throws BadReportInputException {
    CoverageBuilder builder = new CoverageBuilder();
    Map<String, AnalysedClass> firstByName = new HashMap<>();
    for (AnalysedClass analysed : classes) {
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
