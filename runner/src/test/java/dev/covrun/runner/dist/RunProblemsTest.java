package dev.covrun.runner.dist;

import static dev.covrun.runner.dist.Attempts.crashed;
import static dev.covrun.runner.dist.Attempts.failed;
import static dev.covrun.runner.dist.Attempts.passed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunProblemsTest {
  @Test
  void should_name_a_unit_that_broke_its_jvm_with_its_history() {
    List<UnitVerdict> verdicts =
        List.of(
            UnitVerdict.of("a.A", List.of(crashed("a.A", 2), crashed("a.A", 5))),
            UnitVerdict.of("b.B", List.of(failed("b.B", 1))),
            UnitVerdict.of("c.C", List.of(passed("c.C", 1))));

    assertEquals(
        List.of("a.A: worker 2 exited with 137 while running it; then worker 5 exited with 137 while running it"),
        RunProblems.of(verdicts, false, false));
  }

  @Test
  void should_report_units_not_run_unless_fail_fast_held_them_back() {
    List<UnitVerdict> verdicts = List.of(UnitVerdict.of("a.A", List.of()), UnitVerdict.of("b.B", List.of()));

    assertEquals(List.of("2 units not run: a.A, b.B"), RunProblems.of(verdicts, false, false));
    assertEquals(List.of(), RunProblems.of(verdicts, true, false));
    assertEquals(List.of("2 units not run: a.A, b.B"), RunProblems.of(verdicts, true, true));
  }

  @Test
  void should_name_at_most_ten_units_not_run() {
    List<UnitVerdict> verdicts = new ArrayList<>();
    IntStream.rangeClosed(10, 22).forEach(i -> verdicts.add(UnitVerdict.of("u.U" + i, List.of())));

    assertEquals(
        List.of("13 units not run: u.U10, u.U11, u.U12, u.U13, u.U14, u.U15, u.U16, u.U17, u.U18, u.U19 and 3 more"),
        RunProblems.of(verdicts, false, false));
  }
}
