package dev.covrun.runner.dist;

import static dev.covrun.runner.dist.Attempts.crashed;
import static dev.covrun.runner.dist.Attempts.failed;
import static dev.covrun.runner.dist.Attempts.killed;
import static dev.covrun.runner.dist.Attempts.passed;
import static dev.covrun.runner.dist.Attempts.timedOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.dist.UnitVerdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitVerdictTest {
  private static UnitVerdict verdict(Attempt... attempts) {
    return UnitVerdict.of("a.ATest", List.of(attempts));
  }

  @Test
  void should_pass_a_unit_that_passed_the_first_time() {
    UnitVerdict verdict = verdict(passed("a.ATest", 1));

    assertEquals(Verdict.PASSED, verdict.verdict());
    assertTrue(verdict.passed());
    assertFalse(verdict.incomplete());
  }

  @Test
  void should_call_a_unit_flaky_and_passed_when_a_rerun_passes() {
    UnitVerdict verdict = verdict(failed("a.ATest", 1), passed("a.ATest", 3));

    assertEquals(Verdict.FLAKY, verdict.verdict());
    assertTrue(verdict.passed());
    assertEquals("failed in worker 1; then passed in worker 3", verdict.history());
  }

  @Test
  void should_not_leave_the_run_incomplete_when_a_crashed_unit_passes_on_retry() {
    UnitVerdict verdict = verdict(crashed("a.ATest", 2), passed("a.ATest", 5));

    assertEquals(Verdict.FLAKY, verdict.verdict());
    assertFalse(verdict.incomplete());
  }

  @Test
  void should_leave_the_run_incomplete_when_a_unit_crashed_and_its_retry_only_failed() {
    UnitVerdict verdict = verdict(crashed("a.ATest", 2), failed("a.ATest", 5));

    assertEquals(Verdict.FAILED, verdict.verdict());
    assertTrue(verdict.incomplete());
  }

  @Test
  void should_judge_a_plain_failure_as_failed_but_complete() {
    UnitVerdict verdict = verdict(failed("a.ATest", 1), failed("a.ATest", 4));

    assertEquals(Verdict.FAILED, verdict.verdict());
    assertFalse(verdict.incomplete());
  }

  @Test
  void should_judge_the_last_attempt_of_hung_and_killed_units() {
    assertEquals(Verdict.TIMED_OUT, verdict(timedOut("a.ATest", 1), timedOut("a.ATest", 2)).verdict());
    assertTrue(verdict(timedOut("a.ATest", 1)).incomplete());
    assertEquals(Verdict.KILLED, verdict(killed("a.ATest", 1)).verdict());
    assertTrue(verdict(killed("a.ATest", 1)).incomplete());
  }

  @Test
  void should_call_a_unit_without_attempts_not_run() {
    UnitVerdict verdict = verdict();

    assertEquals(Verdict.NOT_RUN, verdict.verdict());
    assertFalse(verdict.incomplete(), "not-run units are judged with the run's stop reason");
  }
}
