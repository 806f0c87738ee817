package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTotalsTest {

  @Test
  void should_list_every_counter_in_enum_order() {
    FixedBundle bundle = new FixedBundle().with(CounterType.LINE, 97, 3);

    CoverageTotals totals = CoverageTotals.of(bundle);

    assertEquals(List.of(CounterType.values()), List.copyOf(totals.counters().keySet()));
    assertEquals(new CounterValue(97, 3), totals.counter(CounterType.LINE));
    assertEquals(new CounterValue(0, 0), totals.counter(CounterType.BRANCH));
  }

  @Test
  void should_compute_total_and_ratio() {
    CounterValue value = new CounterValue(3, 1);

    assertEquals(4, value.total());
    assertEquals(0.75, value.ratio());
  }

  @Test
  void should_give_nan_ratio_when_a_counter_has_no_items() {
    assertTrue(Double.isNaN(new CounterValue(0, 0).ratio()));
  }

  @Test
  void should_reject_negative_counts() {
    assertThrows(IllegalArgumentException.class, () -> new CounterValue(-1, 0));
  }

  @Test
  void should_not_allow_changing_the_counters() {
    CoverageTotals totals = CoverageTotals.of(new FixedBundle());

    assertThrows(
        UnsupportedOperationException.class,
        () -> totals.counters().put(CounterType.LINE, new CounterValue(1, 1)));
  }
}
