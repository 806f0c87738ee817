package dev.covrun.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter.CounterValue;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.check.IViolationsOutput;
import org.jacoco.report.check.Limit;
import org.jacoco.report.check.Rule;
import org.jacoco.report.check.RulesChecker;

/**
 * Checks minimum covered ratios on a whole bundle with JaCoCo's own rules checker, so results
 * match jacoco:check (including its rounding and skipping counters that have no items).
 */
public final class CoverageGate {

  private CoverageGate() {}

  /** The violated thresholds, in the order given; empty when the gate passes. */
  public static List<GateViolation> check(IBundleCoverage bundle, List<Threshold> thresholds) {
    // Limit keeps Object's identity equality, so this map is keyed by the very limit objects.
    Map<Limit, Threshold> byLimit = new LinkedHashMap<>();
    thresholds.forEach(threshold -> byLimit.put(limitFor(threshold), threshold));
    List<GateViolation> violations = new ArrayList<>();
    IViolationsOutput output =
        (node, rule, limit, message) -> violations.add(violation(node, byLimit.get(limit)));
    visit(checkerFor(byLimit.keySet()).createVisitor(output), bundle);
    return List.copyOf(violations);
  }

  private static RulesChecker checkerFor(Collection<Limit> limits) {
    Rule rule = new Rule();
    rule.setElement(ElementType.BUNDLE);
    rule.setLimits(new ArrayList<>(limits));
    RulesChecker checker = new RulesChecker();
    checker.setRules(List.of(rule));
    return checker;
  }

  private static GateViolation violation(ICoverageNode node, Threshold threshold) {
    double actual = node.getCounter(threshold.counter().entity()).getCoveredRatio();
    return new GateViolation(threshold.counter(), actual, threshold.minimum());
  }

  private static Limit limitFor(Threshold threshold) {
    Limit limit = new Limit();
    limit.setCounter(threshold.counter().entity().name());
    limit.setValue(CounterValue.COVEREDRATIO.name());
    limit.setMinimum(threshold.minimum().toPlainString());
    return limit;
  }

  // The checker's visitor declares IOException for the report API but only reads the bundle.
  private static void visit(IReportVisitor visitor, IBundleCoverage bundle) {
    try {
      visitor.visitBundle(bundle, new MultiSourceFileLocator(0));
      visitor.visitEnd();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
