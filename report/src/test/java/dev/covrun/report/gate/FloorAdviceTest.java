package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.Threshold;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorAdviceTest {

  private static final CoverageTotals TOTALS =
      new CoverageTotals(Map.of(
          CounterType.LINE, new CounterValue(9123, 877),
          CounterType.BRANCH, new CounterValue(805, 195),
          CounterType.METHOD, new CounterValue(0, 0)));

  @Test
  void should_suggest_the_new_floor_when_coverage_is_a_point_or_more_above_the_minimum() {
    assertEquals(
        List.of("LINE coverage 91.23% is 6.23 points above its minimum 85.00%: raise it to --min LINE=0.91"),
        FloorAdvice.advise(TOTALS, List.of(Threshold.parse("LINE=85%"))));
  }

  @Test
  void should_keep_the_precision_of_the_minimum_in_the_new_floor() {
    assertEquals(
        List.of("LINE coverage 91.23% is 1.23 points above its minimum 90.00%: raise it to --min LINE=0.912"),
        FloorAdvice.advise(TOTALS, List.of(Threshold.parse("LINE=0.900"))));
  }

  @Test
  void should_say_nothing_within_a_point_of_the_minimum_or_without_items() {
    assertEquals(List.of(), FloorAdvice.advise(TOTALS, List.of(Threshold.parse("BRANCH=79.6%"), Threshold.parse("METHOD=0.5"))));
    assertEquals(1, FloorAdvice.advise(TOTALS, List.of(Threshold.parse("BRANCH=79.5%"))).size());
  }
}
