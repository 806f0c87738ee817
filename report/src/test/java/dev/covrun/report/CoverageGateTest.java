package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageGateTest {

  @TempDir Path tmp;

  @Test
  void should_pass_when_coverage_is_exactly_the_minimum() {
    FixedBundle bundle = new FixedBundle().with(CounterType.LINE, 97, 3);

    assertEquals(List.of(), check(bundle, "LINE=0.97"));
    assertEquals(List.of(), check(bundle, "LINE=97%"));
  }

  @Test
  void should_fail_when_coverage_is_just_below_the_minimum() {
    FixedBundle bundle = new FixedBundle().with(CounterType.LINE, 9699, 301);

    List<GateViolation> violations = check(bundle, "LINE=0.97");

    assertEquals(List.of(new GateViolation(CounterType.LINE, 0.9699, new BigDecimal("0.97"))),
        violations);
    assertEquals("LINE coverage 96.99% is below the minimum 97.00%", violations.get(0).message());
  }

  @Test
  void should_fail_when_coverage_rounds_to_the_minimum_but_is_below_it() {
    FixedBundle bundle = new FixedBundle().with(CounterType.LINE, 96999, 3001);

    List<GateViolation> violations = check(bundle, "LINE=97%");

    assertEquals(1, violations.size());
    assertEquals("LINE coverage 96.99% is below the minimum 97.00%", violations.get(0).message());
  }

  @Test
  void should_respect_the_precision_of_the_minimum() {
    assertEquals(List.of(), check(new FixedBundle().with(CounterType.BRANCH, 975, 25), "BRANCH=97.5%"));
    assertEquals(
        "BRANCH coverage 97.49% is below the minimum 97.50%",
        check(new FixedBundle().with(CounterType.BRANCH, 9749, 251), "BRANCH=97.5%")
            .get(0)
            .message());
  }

  @Test
  void should_not_report_a_counter_that_has_no_items() {
    FixedBundle bundle = new FixedBundle().with(CounterType.LINE, 10, 0);

    assertEquals(List.of(), check(bundle, "BRANCH=0.9", "LINE=100%"));
  }

  @Test
  void should_report_every_violated_threshold_in_the_order_given() {
    FixedBundle bundle =
        new FixedBundle()
            .with(CounterType.LINE, 50, 50)
            .with(CounterType.BRANCH, 90, 10)
            .with(CounterType.METHOD, 1, 3);

    List<GateViolation> violations = check(bundle, "METHOD=0.5", "BRANCH=0.8", "LINE=0.6");

    assertEquals(
        List.of(
            "METHOD coverage 25.00% is below the minimum 50.00%",
            "LINE coverage 50.00% is below the minimum 60.00%"),
        violations.stream().map(GateViolation::message).toList());
  }

  @Test
  void should_check_a_real_bundle_from_an_instrumented_run() throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();
    IBundleCoverage bundle =
        CoverageAnalysis.analyze("sample", run.data(), List.of(InstrumentedRun.classRoot(tmp)));

    assertEquals(
        List.of("LINE coverage 42.85% is below the minimum 50.00%"),
        check(bundle, "LINE=50%", "METHOD=0.66", "CLASS=100%").stream()
            .map(GateViolation::message)
            .toList());
  }

  private static List<GateViolation> check(IBundleCoverage bundle, String... specs) {
    return CoverageGate.check(bundle, List.of(specs).stream().map(Threshold::parse).toList());
  }
}
