package dev.covrun.runner.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FavoringTest {
  private static final Predicate<String> ALL_RECORDED = unit -> true;

  private static WorkItem item(String unit, double seconds) {
    return new WorkItem(List.of(unit), seconds);
  }

  @Test
  void should_favour_only_the_longest_item_when_it_is_shorter_than_a_workers_share() {
    List<WorkItem> items = List.of(item("A", 80), item("B", 70), item("C", 50), item("D", 60));
    Favoring favoring = Favoring.of(items, 2, ALL_RECORDED);

    assertTrue(favoring.favors(items.get(0)));
    assertFalse(favoring.favors(items.get(1)));
    assertEquals(80, favoring.fromSeconds());
  }

  @Test
  void should_favour_every_item_that_needs_a_whole_workers_share() {
    List<WorkItem> items = List.of(item("A", 170), item("B", 80), item("C", 30), item("D", 20));
    Favoring favoring = Favoring.of(items, 4, ALL_RECORDED); // share: 300 / 4 = 75

    assertTrue(favoring.favors(items.get(0)));
    assertTrue(favoring.favors(items.get(1)));
    assertFalse(favoring.favors(items.get(2)));
  }

  @Test
  void should_never_favour_a_guessed_duration() {
    Set<String> recorded = Set.of("B", "C");
    List<WorkItem> items = List.of(item("A", 100), item("B", 40), item("C", 10));
    Favoring favoring = Favoring.of(items, 2, recorded::contains);

    assertFalse(favoring.favors(items.get(0)), "A's 100s is the median assumed for an unknown unit");
    assertTrue(favoring.favors(items.get(1)));
  }

  @Test
  void should_favour_a_group_only_if_all_its_units_were_recorded() {
    WorkItem group = new WorkItem(List.of("B", "X"), 90);
    Favoring favoring = Favoring.of(List.of(group, item("B", 10)), 2, Set.of("B")::contains);

    assertFalse(favoring.favors(group));
  }

  @Test
  void should_favour_nothing_without_recorded_durations_or_with_one_worker() {
    List<WorkItem> items = List.of(item("A", 1), item("B", 1));

    assertFalse(Favoring.of(items, 2, unit -> false).isActive());
    assertFalse(Favoring.of(items, 1, ALL_RECORDED).isActive());
    assertFalse(Favoring.none().favors(item("A", 1_000)));
  }
}
