package dev.covrun.report.gate;

import java.util.List;
import java.util.Objects;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.jacoco.report.check.Rule;

/**
 * A jacoco:check rule: every element of a type (BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD) whose
 * name matches an include and no exclude (JaCoCo's {@code *} and {@code ?} wildcards) must meet
 * every limit.
 */
public record CoverageRule(
    ElementType element, List<String> includes, List<String> excludes, List<RuleLimit> limits) {

  public CoverageRule {
    Objects.requireNonNull(element, "element");
    includes = includes.isEmpty() ? List.of("*") : List.copyOf(includes);
    excludes = List.copyOf(excludes);
    limits = List.copyOf(limits);
    if (limits.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one limit");
    }
  }

  /** JaCoCo's rule checking the same thing. */
  Rule toJacoco() {
    Rule rule = new Rule();
    rule.setElement(element);
    rule.setIncludes(String.join(":", includes));
    rule.setExcludes(String.join(":", excludes));
    rule.setLimits(limits.stream().map(RuleLimit::toJacoco).toList());
    return rule;
  }
}
