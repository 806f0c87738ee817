package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.junit.jupiter.api.Test;

class RulesGateTest {

  @Test
  void should_pass_a_bundle_line_ratio_exactly_at_the_minimum_and_fail_one_line_below() {
    String rule = "counter=LINE,value=COVEREDRATIO,minimum=80%";

    assertEquals(List.of(), check(lines(80, 20), rule));
    assertEquals(
        List.of("Rule violated for bundle bundle: lines covered ratio is 0.79, but expected minimum is 0.80"),
        check(lines(79, 21), rule));
  }

  @Test
  void should_use_jacocos_defaults_instruction_covered_ratio_on_the_bundle() {
    assertEquals(List.of(), check(lines(3, 1), "minimum=0.75"));
    assertEquals(
        List.of("Rule violated for bundle bundle: instructions covered ratio is 0.74, but expected minimum is 0.75"),
        check(lines(74, 26), "minimum=0.75"));
  }

  @Test
  void should_round_the_actual_value_down_to_the_precision_of_the_minimum() {
    assertEquals(
        List.of("Rule violated for bundle bundle: lines covered ratio is 0.7, but expected minimum is 0.8"),
        check(lines(79, 21), "counter=LINE,minimum=0.8"));
  }

  @Test
  void should_check_only_included_and_not_excluded_packages() {
    IBundleCoverage bundle =
        Trees.bundle(
            Trees.type("org/acme/core/A", Trees.method("a", 8, 2)),
            Trees.type("org/acme/web/B", Trees.method("b", 7, 3)),
            Trees.type("org/acme/gen/C", Trees.method("c", 0, 10)),
            Trees.type("com/other/D", Trees.method("d", 0, 10)));

    assertEquals(
        List.of("Rule violated for package org.acme.web: lines covered ratio is 0.70, but expected minimum is 0.80"),
        check(bundle, "element=PACKAGE,includes=org.acme.*,excludes=org.acme.gen,counter=LINE,minimum=0.80"));
  }

  @Test
  void should_check_a_class_covered_count_at_its_boundary() {
    String rule = "element=CLASS,counter=INSTRUCTION,value=COVEREDCOUNT,minimum=5";

    assertEquals(List.of(), check(Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", 5, 9))), rule));
    assertEquals(
        List.of("Rule violated for class org.acme.Foo: instructions covered count is 4, but expected minimum is 5"),
        check(Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", 4, 9))), rule));
  }

  @Test
  void should_check_a_source_file_missed_count_maximum_at_its_boundary() {
    String rule = "element=SOURCEFILE,counter=BRANCH,value=MISSEDCOUNT,maximum=2";

    assertEquals(List.of(), check(Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", 1, 0, 1, 1))), rule));
    assertEquals(
        List.of("Rule violated for source file org/acme/Foo.java: branches missed count is 3, but expected maximum is 2"),
        check(Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", 1, 0, 1, 1, 1))), rule));
  }

  @Test
  void should_check_a_method_complexity_total_maximum_at_its_boundary() {
    String rule = "element=METHOD,counter=COMPLEXITY,value=TOTALCOUNT,maximum=2";

    assertEquals(List.of(), check(Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", 1, 0, 2))), rule));
    assertEquals(
        List.of("Rule violated for method org.acme.Foo.m(): complexity total count is 3, but expected maximum is 2"),
        check(Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", 1, 0, 2, 2))), rule));
  }

  @Test
  void should_check_a_missed_ratio_maximum_at_its_boundary() {
    String rule = "counter=METHOD,value=MISSEDRATIO,maximum=50%";
    IBundleCoverage half = Trees.bundle(Trees.type("p/A", Trees.method("a", 1, 0), Trees.method("b", 0, 1)));
    IBundleCoverage twoThirds =
        Trees.bundle(Trees.type("p/A", Trees.method("a", 1, 0), Trees.method("b", 0, 1), Trees.method("c", 0, 1)));

    assertEquals(List.of(), check(half, rule));
    assertEquals(
        List.of("Rule violated for bundle bundle: methods missed ratio is 0.67, but expected maximum is 0.50"),
        check(twoThirds, rule));
  }

  @Test
  void should_check_class_and_total_counts_at_their_boundaries() {
    IBundleCoverage bundle =
        Trees.bundle(
            Trees.type("p/A", Trees.method("a", 1, 0)),
            Trees.type("p/B", Trees.method("b", 0, 1)),
            Trees.type("p/C", Trees.method("c", 0, 1)));

    assertEquals(List.of(), check(bundle, "counter=CLASS,value=MISSEDCOUNT,maximum=2"));
    assertEquals(
        List.of("Rule violated for bundle bundle: classes missed count is 2, but expected maximum is 1"),
        check(bundle, "counter=CLASS,value=MISSEDCOUNT,maximum=1"));
    assertEquals(List.of(), check(bundle, "counter=LINE,value=TOTALCOUNT,minimum=3"));
    assertEquals(
        List.of("Rule violated for bundle bundle: lines total count is 3, but expected minimum is 4"),
        check(bundle, "counter=LINE,value=TOTALCOUNT,minimum=4"));
  }

  @Test
  void should_list_every_violation_by_rule_then_element_name() {
    IBundleCoverage bundle =
        Trees.bundle(
            Trees.type("p/Zeta", Trees.method("z", 0, 2)),
            Trees.type("p/Alpha", Trees.method("a", 0, 2)),
            Trees.type("p/Mid", Trees.method("m", 2, 0)));

    List<String> violations =
        RulesGate.check(
            bundle,
            List.of(
                RuleSpec.parse("element=CLASS,counter=LINE,minimum=0.5"),
                RuleSpec.parse("counter=LINE,minimum=0.9")));

    assertEquals(
        List.of(
            "Rule violated for class p.Alpha: lines covered ratio is 0.0, but expected minimum is 0.5",
            "Rule violated for class p.Zeta: lines covered ratio is 0.0, but expected minimum is 0.5",
            "Rule violated for bundle bundle: lines covered ratio is 0.3, but expected minimum is 0.9"),
        violations);
  }

  @Test
  void should_skip_a_ratio_of_nothing_as_jacoco_does() {
    assertEquals(List.of(), check(lines(0, 5), "counter=BRANCH,minimum=1.0"));
  }

  private static IBundleCoverage lines(int covered, int missed) {
    return Trees.bundle(Trees.type("org/acme/Foo", Trees.method("m", covered, missed)));
  }

  private static List<String> check(IBundleCoverage bundle, String rule) {
    return RulesGate.check(bundle, List.of(RuleSpec.parse(rule)));
  }
}
