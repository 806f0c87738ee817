package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatchetReportTest {

  @Test
  void should_pass_and_show_the_rise_when_coverage_went_up() {
    RatchetReport report = compare(line(850, 150), line(860, 140), "0");

    assertEquals(List.of(), report.violations());
    assertEquals(List.of("LINE            85.00% ->    86.00% (+1.00)"), report.lines());
  }

  @Test
  void should_round_a_rise_down_and_a_drop_up() {
    assertEquals("+0.36", compare(line(1, 2), line(337, 663), "0").changes().get(0).points());
    assertEquals("-0.37", compare(line(337, 663), line(1, 2), "0").changes().get(0).points());
  }

  @Test
  void should_fail_saying_by_how_much_when_a_counter_dropped() {
    RatchetReport report = compare(line(854, 146), line(8414, 1586), "0");

    assertEquals(
        List.of("LINE coverage dropped by 1.26 points (85.40% -> 84.14%), more than the tolerance of 0.00 points"),
        report.violations());
  }

  @Test
  void should_fail_a_drop_of_one_line_with_no_tolerance() {
    RatchetReport report = compare(line(500, 500), line(499, 501), "0");

    assertEquals(
        List.of("LINE coverage dropped by 0.10 points (50.00% -> 49.90%), more than the tolerance of 0.00 points"),
        report.violations());
  }

  @Test
  void should_pass_a_drop_exactly_at_the_tolerance_and_fail_one_unit_beyond() {
    assertEquals(List.of(), compare(line(500, 500), line(495, 505), "0.5%").violations());
    assertEquals(1, compare(line(500, 500), line(494, 506), "0.5%").violations().size());
    assertEquals(List.of(), compare(line(500, 500), line(495, 505), "0.005").violations());
  }

  @Test
  void should_compare_every_counter_with_items_in_both_and_skip_the_others() {
    CoverageTotals before =
        new CoverageTotals(Map.of(
            CounterType.LINE, new CounterValue(9, 1),
            CounterType.BRANCH, new CounterValue(0, 0),
            CounterType.METHOD, new CounterValue(4, 0)));
    CoverageTotals after =
        new CoverageTotals(Map.of(
            CounterType.LINE, new CounterValue(8, 2),
            CounterType.BRANCH, new CounterValue(1, 1),
            CounterType.METHOD, new CounterValue(3, 1)));

    RatchetReport report = RatchetReport.compare(before, after, BigDecimal.ZERO);

    assertEquals(List.of(CounterType.LINE, CounterType.METHOD), report.changes().stream().map(CounterChange::counter).toList());
    assertEquals(2, report.violations().size());
  }

  private static CoverageTotals line(int covered, int missed) {
    return new CoverageTotals(Map.of(CounterType.LINE, new CounterValue(covered, missed)));
  }

  private static RatchetReport compare(CoverageTotals before, CoverageTotals after, String tolerance) {
    return RatchetReport.compare(before, after, Tolerance.parse(tolerance));
  }
}
