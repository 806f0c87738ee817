package dev.covrun.runner.dist;

import static dev.covrun.runner.dist.Attempts.crashed;
import static dev.covrun.runner.dist.Attempts.failed;
import static dev.covrun.runner.dist.Attempts.killed;
import static dev.covrun.runner.dist.Attempts.passed;
import static dev.covrun.runner.dist.Attempts.timedOut;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RerunsTest {
  private static Map<String, UnitVerdict> verdicts(Attempt... attempts) {
    Map<String, UnitVerdict> verdicts = new TreeMap<>();
    for (Attempt attempt : attempts) {
      List<Attempt> earlier = verdicts.containsKey(attempt.unit()) ? verdicts.get(attempt.unit()).attempts() : List.of();
      List<Attempt> all = new java.util.ArrayList<>(earlier);
      all.add(attempt);
      verdicts.put(attempt.unit(), UnitVerdict.of(attempt.unit(), all));
    }
    return verdicts;
  }

  @Test
  void should_rerun_failed_units_only_when_asked_and_only_k_times() {
    Map<String, UnitVerdict> once = verdicts(failed("b.B", 1), passed("a.A", 1));

    assertEquals(List.of(), Reruns.due(once, 0));
    assertEquals(List.of("b.B"), Reruns.due(once, 2));
    assertEquals(List.of("b.B"), Reruns.due(verdicts(failed("b.B", 1), failed("b.B", 3)), 2));
    assertEquals(List.of(), Reruns.due(verdicts(failed("b.B", 1), failed("b.B", 3), failed("b.B", 4)), 2));
  }

  @Test
  void should_retry_a_unit_that_broke_its_jvm_once_even_without_reruns() {
    assertEquals(List.of("c.C", "t.T"), Reruns.due(verdicts(crashed("c.C", 1), timedOut("t.T", 2)), 0));
    assertEquals(List.of(), Reruns.due(verdicts(crashed("c.C", 1), crashed("c.C", 3)), 0));
    assertEquals(List.of("c.C"), Reruns.due(verdicts(crashed("c.C", 1), crashed("c.C", 3)), 2));
  }

  @Test
  void should_never_rerun_passed_flaky_or_killed_units() {
    Map<String, UnitVerdict> verdicts = verdicts(passed("a.A", 1), failed("f.F", 1), passed("f.F", 2), killed("k.K", 1));

    assertEquals(List.of(), Reruns.due(verdicts, 5));
  }
}
