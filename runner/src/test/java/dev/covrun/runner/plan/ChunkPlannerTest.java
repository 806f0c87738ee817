package dev.covrun.runner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {
  private static final List<PlanUnit> UNITS =
      units("a.ETest", "a.ATest", "b.CTest", "a.BTest", "b.DTest");

  private static List<PlanUnit> units(String... names) {
    return List.of(names).stream().map(PlanUnit::of).toList();
  }

  private static Timings timings(Object... unitsAndSeconds) {
    Map<String, Double> seconds = new TreeMap<>();
    for (int i = 0; i < unitsAndSeconds.length; i += 2) {
      seconds.put((String) unitsAndSeconds[i], ((Number) unitsAndSeconds[i + 1]).doubleValue());
    }
    return new Timings(new TreeMap<>(seconds));
  }

  @Test
  void should_deal_units_by_name_when_no_durations_are_known() {
    Plan plan = ChunkPlanner.plan(UNITS, 2, Timings.empty());
    assertEquals(List.of("a.ATest", "a.ETest", "b.DTest"), plan.chunks().get(0).units());
    assertEquals(List.of("a.BTest", "b.CTest"), plan.chunks().get(1).units());
    assertEquals(
        Optional.of("no recorded durations for these 5 units: splitting them evenly by count"),
        plan.notice());
  }

  @Test
  void should_put_the_longest_unit_first_and_each_next_on_the_least_loaded_chunk() {
    Timings timings = timings("a.ATest", 10, "a.BTest", 6, "b.CTest", 5, "b.DTest", 3, "a.ETest", 1);
    Plan plan = ChunkPlanner.plan(UNITS, 2, timings);
    // A(10) -> 1; B(6) -> 2; C(5) -> 2 (6 < 10); D(3) -> 1 (10 < 11); E(1) -> 2 (11 < 13)
    assertEquals(List.of("a.ATest", "b.DTest"), plan.chunks().get(0).units());
    assertEquals(List.of("a.BTest", "a.ETest", "b.CTest"), plan.chunks().get(1).units(), "placed B, C, E; run by name");
    assertEquals(13.0, plan.chunks().get(0).predictedSeconds());
    assertEquals(12.0, plan.chunks().get(1).predictedSeconds());
    assertEquals(13.0 / 12.5, plan.imbalance(), 1e-9);
    assertEquals(Optional.empty(), plan.notice());
  }

  @Test
  void should_give_the_same_plan_for_any_input_order() {
    Timings timings = timings("a.ATest", 2, "a.BTest", 2, "b.CTest", 2);
    List<PlanUnit> shuffled = new ArrayList<>(UNITS);
    Collections.shuffle(shuffled, new Random(42));
    assertEquals(ChunkPlanner.plan(UNITS, 3, timings), ChunkPlanner.plan(shuffled, 3, timings));
  }

  @Test
  void should_break_duration_ties_by_name() {
    Plan plan = ChunkPlanner.plan(units("z.Test", "a.Test"), 2, timings("z.Test", 1, "a.Test", 1));
    assertEquals(List.of("a.Test"), plan.chunks().get(0).units());
    assertEquals(List.of("z.Test"), plan.chunks().get(1).units());
  }

  @Test
  void should_assume_the_median_for_units_without_a_duration() {
    Plan plan = ChunkPlanner.plan(units("a.Test", "b.Test", "c.Test", "new.Test"), 2,
        timings("a.Test", 1, "b.Test", 3, "c.Test", 8));
    assertEquals(Optional.of("1 of 4 units have no recorded duration: assuming the median, 3.00s"), plan.notice());
    assertEquals(8.0, plan.chunks().get(0).predictedSeconds());
    assertEquals(List.of("a.Test", "b.Test", "new.Test"), plan.chunks().get(1).units());
    assertEquals(7.0, plan.chunks().get(1).predictedSeconds());
  }

  @Test
  void should_never_split_a_group_and_plan_it_by_its_total() {
    List<PlanUnit> units = List.of(
        new PlanUnit("db.ATest", Optional.of("db")),
        new PlanUnit("db.BTest", Optional.of("db")),
        new PlanUnit("db.CTest", Optional.of("db")),
        PlanUnit.of("x.LongTest"),
        PlanUnit.of("x.ShortTest"));
    Timings timings = timings("db.ATest", 2, "db.BTest", 2, "db.CTest", 2, "x.LongTest", 5, "x.ShortTest", 1);
    for (int chunks = 1; chunks <= 5; chunks++) {
      Plan plan = ChunkPlanner.plan(units, chunks, timings);
      long holding = plan.chunks().stream().filter(c -> c.units().contains("db.ATest")).count();
      Chunk db = plan.chunks().stream().filter(c -> c.units().contains("db.ATest")).findFirst().orElseThrow();
      assertEquals(1, holding);
      assertTrue(db.units().containsAll(List.of("db.ATest", "db.BTest", "db.CTest")), db.toString());
    }
    Plan two = ChunkPlanner.plan(units, 2, timings);
    assertEquals(List.of("db.ATest", "db.BTest", "db.CTest"), two.chunks().get(0).units());
    assertEquals(List.of("x.LongTest", "x.ShortTest"), two.chunks().get(1).units());
  }

  @Test
  void should_list_each_chunks_units_in_name_order_with_a_group_at_its_first_member() {
    List<PlanUnit> units = List.of(
        new PlanUnit("a.GroupedTest", Optional.of("g")),
        new PlanUnit("z.GroupedTest", Optional.of("g")),
        PlanUnit.of("m.HeavyTest"),
        PlanUnit.of("b.LightTest"),
        PlanUnit.of("y.LightTest"));
    Timings timings = timings("a.GroupedTest", 1, "z.GroupedTest", 1, "m.HeavyTest", 90, "b.LightTest", 1, "y.LightTest", 2);
    Plan one = ChunkPlanner.plan(units, 1, timings);
    // placed heavy first (longest processing time), but run as a serial JVM would: by name
    assertEquals(
        List.of("a.GroupedTest", "z.GroupedTest", "b.LightTest", "m.HeavyTest", "y.LightTest"),
        one.chunks().get(0).units());
    Plan two = ChunkPlanner.plan(units, 2, timings);
    assertEquals(List.of("m.HeavyTest"), two.chunks().get(0).units());
    assertEquals(
        List.of("a.GroupedTest", "z.GroupedTest", "b.LightTest", "y.LightTest"), two.chunks().get(1).units());
  }

  @Test
  void should_use_one_chunk_per_unit_when_more_chunks_than_units() {
    Plan plan = ChunkPlanner.plan(units("x.OneTest", "x.TwoTest"), 8, Timings.empty());
    assertEquals(2, plan.chunks().size());
    assertTrue(plan.reduced());
    assertFalse(ChunkPlanner.plan(UNITS, 5, Timings.empty()).reduced());
  }

  @Test
  void should_hand_out_longest_predicted_first_with_a_group_as_one_item() {
    List<PlanUnit> units =
        List.of(
            PlanUnit.of("a.ATest"),
            PlanUnit.of("a.BTest"),
            new PlanUnit("g.OneTest", Optional.of("db")),
            new PlanUnit("g.TwoTest", Optional.of("db")),
            PlanUnit.of("a.NewTest"));
    Timings timings = timings("a.ATest", 1.0, "a.BTest", 5.0, "g.OneTest", 2.0, "g.TwoTest", 2.5);

    List<ChunkPlanner.Item> items = ChunkPlanner.longestFirst(units, timings);

    assertEquals(
        List.of(List.of("a.BTest"), List.of("g.OneTest", "g.TwoTest"), List.of("a.NewTest"), List.of("a.ATest")),
        items.stream().map(ChunkPlanner.Item::units).toList());
    assertEquals(4.5, items.get(1).seconds());
    assertEquals(2.25, items.get(2).seconds(), "unknown units are predicted at the median");
  }

  @Test
  void should_reject_zero_chunks() {
    assertThrows(IllegalArgumentException.class, () -> ChunkPlanner.plan(UNITS, 0, Timings.empty()));
  }
}
