package dev.covrun.report.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.check.Rule;
import org.jacoco.report.check.RulesChecker;

/**
 * Checks rules with JaCoCo's own {@link RulesChecker}, so results, rounding and wording are those
 * of jacoco:check ({@code Rule violated for package org.acme: lines covered ratio is 0.79, but
 * expected minimum is 0.80}). Every violation is listed, by rule, then limit, then element name.
 */
public final class RulesGate {

  private RulesGate() {}

  /** The violation messages; empty when every rule holds. */
  public static List<String> check(IBundleCoverage bundle, List<CoverageRule> rules) {
    if (rules.isEmpty()) {
      return List.of();
    }
    Map<Object, Integer> order = new IdentityHashMap<>();
    List<Rule> jacocoRules = new ArrayList<>();
    for (CoverageRule rule : rules) {
      Rule jacoco = rule.toJacoco();
      order.put(jacoco, order.size());
      jacoco.getLimits().forEach(limit -> order.put(limit, order.size()));
      jacocoRules.add(jacoco);
    }
    List<Found> found = new ArrayList<>();
    RulesChecker checker = new RulesChecker();
    checker.setRules(jacocoRules);
    visit(checker.createVisitor((node, rule, limit, message) ->
        found.add(new Found(order.get(rule), order.get(limit), node.getName(), message))), bundle);
    return found.stream().sorted(Found.ORDER).map(Found::message).toList();
  }

  private static void visit(IReportVisitor visitor, IBundleCoverage bundle) {
    try {
      visitor.visitBundle(bundle, new MultiSourceFileLocator(0));
      visitor.visitEnd();
    } catch (IOException e) {
      // The checker only reads the bundle.
      throw new UncheckedIOException(e);
    }
  }

  private record Found(int rule, int limit, String element, String message) {
    static final Comparator<Found> ORDER =
        Comparator.comparingInt(Found::rule).thenComparingInt(Found::limit).thenComparing(Found::element);
  }
}
