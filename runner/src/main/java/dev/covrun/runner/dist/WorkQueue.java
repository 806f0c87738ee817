package dev.covrun.runner.dist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The items still to hand out: one queue all workers share (worksteal), or one queue per slot
 * (static: slot i is chunk i of the plan). Items a dead worker did not start go back to the front.
 * Once closed (fail-fast, timeout, interrupt) it hands out nothing more. Thread-safe.
 */
final class WorkQueue {
  private static final int SHARED = 0;

  private final Map<Integer, Deque<WorkItem>> queues = new TreeMap<>();
  private final boolean shared;
  private boolean closed;

  private WorkQueue(boolean shared) {
    this.shared = shared;
  }

  /** One queue for all workers, handed out in the given order. */
  static WorkQueue shared(List<WorkItem> items) {
    WorkQueue queue = new WorkQueue(true);
    queue.queues.put(SHARED, new ArrayDeque<>(items));
    return queue;
  }

  /** A queue per slot, each handed out in the given order to that slot's worker only. */
  static WorkQueue perSlot(Map<Integer, List<WorkItem>> items) {
    WorkQueue queue = new WorkQueue(false);
    items.forEach((slot, list) -> queue.queues.put(slot, new ArrayDeque<>(list)));
    return queue;
  }

  synchronized Optional<WorkItem> next(int slot) {
    Deque<WorkItem> queue = queues.get(key(slot));
    return closed || queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
  }

  /** Puts an item a worker could not run back at the front of its slot's queue. */
  synchronized void putBack(int slot, WorkItem item) {
    queues.computeIfAbsent(key(slot), k -> new ArrayDeque<>()).addFirst(item);
  }

  synchronized boolean hasWorkFor(int slot) {
    Deque<WorkItem> queue = queues.get(key(slot));
    return !closed && queue != null && !queue.isEmpty();
  }

  /** Hands out nothing from now on; what is left is reported as not run. */
  synchronized void close() {
    closed = true;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** The units never handed out (or put back and never handed out again), in queue order. */
  synchronized List<String> remainingUnits() {
    List<String> units = new ArrayList<>();
    queues.values().forEach(queue -> queue.forEach(item -> units.addAll(item.units())));
    return units;
  }

  private int key(int slot) {
    return shared ? SHARED : slot;
  }
}
