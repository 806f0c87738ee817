package dev.covrun.runner.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.chunk.ChunkEvents;
import dev.covrun.runner.chunk.UnitResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerEndTest {
  private static ChunkEvents finished(UnitResult... units) {
    return new ChunkEvents(List.of(units), List.of(), Optional.empty(), 0);
  }

  private static WorkerEnd.Facts facts(int exit, ChunkEvents events, boolean exec) {
    return new WorkerEnd.Facts(exit, 1500, events, exec, List.of("last line"));
  }

  private static Worker handed(String... units) {
    Worker worker = new Worker(3, 1, Role.WORKER);
    worker.take(new WorkItem(List.of(units), units.length));
    return worker;
  }

  @Test
  void should_end_normally_after_stop_with_an_attempt_per_finished_unit() {
    Worker worker = handed("a.A", "b.B");
    worker.unitStarted("a.A", 0);
    worker.unitDone("a.A");
    worker.unitStarted("b.B", 0);
    worker.unitDone("b.B");
    worker.stopSent();

    WorkerEnd end =
        WorkerEnd.of(worker, facts(1, finished(new UnitResult("a.A", 10, 2, 0, 0), new UnitResult("b.B", 20, 1, 1, 0)), true));

    assertTrue(end.normal());
    assertEquals("failed", end.outcome().status());
    assertEquals(List.of(Attempt.Result.PASSED, Attempt.Result.FAILED), end.attempts().stream().map(Attempt::result).toList());
    assertEquals(List.of(), end.unstarted());
  }

  @Test
  void should_blame_the_unit_in_flight_and_put_back_the_rest_of_its_item_when_the_jvm_dies() {
    Worker worker = handed("a.A", "b.B", "c.C");
    worker.unitStarted("a.A", 0);
    worker.unitDone("a.A");
    worker.unitStarted("b.B", 0);

    WorkerEnd end = WorkerEnd.of(worker, facts(137, finished(new UnitResult("a.A", 10, 2, 0, 0)), true));

    assertFalse(end.normal());
    assertEquals("crashed", end.outcome().status());
    assertEquals(List.of(3, 1), List.of(end.outcome().number(), end.outcome().chunk()), "worker number and chunk (slot)");
    assertEquals(Optional.of("b.B"), end.outcome().unitInFlight());
    Attempt blamed = end.attempts().get(1);
    assertEquals(Attempt.Result.CRASHED, blamed.result());
    assertEquals("worker 3 exited with 137 while running it", blamed.detail());
    assertEquals(List.of("c.C"), end.unstarted());
  }

  @Test
  void should_take_the_unit_in_flight_from_the_events_file_when_the_start_message_was_lost() {
    Worker worker = handed("a.A");
    ChunkEvents events = new ChunkEvents(List.of(), List.of(), Optional.of("a.A"), 0);

    WorkerEnd end = WorkerEnd.of(worker, facts(3, events, false));

    assertEquals(Optional.of("a.A"), end.outcome().unitInFlight());
    assertEquals(List.of(), end.unstarted());
  }

  @Test
  void should_record_a_unit_killed_for_its_timeout_as_timed_out() {
    Worker worker = handed("h.H");
    worker.unitStarted("h.H", 0);
    worker.markKilled(Attempt.Result.TIMED_OUT, "killed after exceeding --unit-timeout 3s");

    WorkerEnd end = WorkerEnd.of(worker, facts(143, finished(), true));

    assertEquals("timed-out", end.outcome().status());
    assertEquals("worker 3 killed after exceeding --unit-timeout 3s", end.attempts().get(0).detail());
    assertEquals(Attempt.Result.TIMED_OUT, end.attempts().get(0).result());
  }

  @Test
  void should_say_no_exec_when_finished_units_left_no_coverage() {
    Worker worker = handed("a.A");
    worker.unitStarted("a.A", 0);
    worker.unitDone("a.A");
    worker.stopSent();

    WorkerEnd end = WorkerEnd.of(worker, facts(0, finished(new UnitResult("a.A", 10, 2, 0, 0)), false));

    assertEquals("no-exec", end.outcome().status());
  }

  @Test
  void should_say_when_a_jvm_could_not_be_started() {
    WorkerEnd end = WorkerEnd.of(handed("a.A"), facts(-1, finished(), false));

    assertEquals("not-started", end.outcome().status());
    assertEquals(List.of("a.A"), end.unstarted());
    assertEquals("could not be started", WorkerEnd.ended(-1));
  }
}
