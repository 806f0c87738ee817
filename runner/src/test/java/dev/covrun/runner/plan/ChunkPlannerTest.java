package dev.covrun.runner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {
  private static final List<String> UNITS = List.of("a.ETest", "a.ATest", "b.CTest", "a.BTest", "b.DTest");

  @Test
  void should_deal_sorted_units_round_robin() {
    Plan plan = ChunkPlanner.byName(UNITS, 2);
    assertEquals(List.of("a.ATest", "a.ETest", "b.DTest"), plan.chunks().get(0).units());
    assertEquals(List.of("a.BTest", "b.CTest"), plan.chunks().get(1).units());
    assertEquals(1, plan.chunks().get(0).number());
    assertEquals(2, plan.chunks().get(1).number());
  }

  @Test
  void should_give_the_same_plan_for_any_input_order() {
    List<String> shuffled = new ArrayList<>(UNITS);
    Collections.shuffle(shuffled, new Random(42));
    assertEquals(ChunkPlanner.byName(UNITS, 3), ChunkPlanner.byName(shuffled, 3));
  }

  @Test
  void should_use_one_chunk_per_unit_when_more_chunks_than_units() {
    Plan plan = ChunkPlanner.byName(List.of("x.OneTest", "x.TwoTest"), 8);
    assertEquals(2, plan.chunks().size());
    assertTrue(plan.reduced());
    assertEquals(2, plan.unitCount());
  }

  @Test
  void should_not_be_reduced_when_units_suffice() {
    assertFalse(ChunkPlanner.byName(UNITS, 5).reduced());
  }

  @Test
  void should_reject_zero_chunks() {
    assertThrows(IllegalArgumentException.class, () -> ChunkPlanner.byName(UNITS, 0));
  }
}
