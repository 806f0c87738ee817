package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerExitTest {

  @Test
  void should_pass_when_no_unit_failed() {
    List<UnitResult> results = List.of(new UnitResult("a", 5, 3, 0, 1), UnitResult.empty("b", 0));

    assertEquals(WorkerExit.PASSED, WorkerExit.forResults(results));
  }

  @Test
  void should_fail_when_any_unit_failed() {
    List<UnitResult> results =
        List.of(new UnitResult("a", 5, 3, 0, 0), new UnitResult("b", 5, 0, 1, 0));

    assertEquals(WorkerExit.TESTS_FAILED, WorkerExit.forResults(results));
  }

  @Test
  void should_use_the_documented_exit_codes() {
    assertEquals(
        List.of(0, 1, 2, 3, 4, 5),
        List.of(WorkerExit.values()).stream().map(WorkerExit::code).toList());
  }
}
