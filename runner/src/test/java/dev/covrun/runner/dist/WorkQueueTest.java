package dev.covrun.runner.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkQueueTest {
  private static WorkItem item(String... units) {
    return new WorkItem(List.of(units), units.length);
  }

  @Test
  void should_hand_the_shared_queue_out_in_order_to_any_slot() {
    WorkQueue queue = WorkQueue.shared(List.of(item("a"), item("b", "c"), item("d")));

    assertEquals(Optional.of(item("a")), queue.next(2));
    assertEquals(Optional.of(item("b", "c")), queue.next(1));
    assertEquals(Optional.of(item("d")), queue.next(7));
    assertEquals(Optional.empty(), queue.next(1));
  }

  @Test
  void should_keep_each_slot_to_its_own_items_in_static_mode() {
    WorkQueue queue = WorkQueue.perSlot(Map.of(1, List.of(item("a")), 2, List.of(item("b"))));

    assertEquals(Optional.of(item("b")), queue.next(2));
    assertEquals(Optional.empty(), queue.next(2));
    assertTrue(queue.hasWorkFor(1));
    assertFalse(queue.hasWorkFor(3));
  }

  @Test
  void should_hand_out_put_back_items_first() {
    WorkQueue queue = WorkQueue.shared(List.of(item("a"), item("b")));
    queue.next(1);

    queue.putBack(1, item("x", "y"));

    assertEquals(Optional.of(item("x", "y")), queue.next(2));
  }

  @Test
  void should_hand_out_nothing_once_closed_and_report_what_is_left() {
    WorkQueue queue = WorkQueue.shared(List.of(item("a"), item("b", "c")));
    queue.next(1);

    queue.close();

    assertEquals(Optional.empty(), queue.next(1));
    assertFalse(queue.hasWorkFor(1));
    assertEquals(List.of("b", "c"), queue.remainingUnits());
  }
}
