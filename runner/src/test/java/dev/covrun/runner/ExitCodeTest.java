package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
  @Test
  void should_prefer_incomplete_over_failed_tests_over_gate() {
    assertEquals(
        ExitCode.INCOMPLETE,
        ExitCode.mostSevere(List.of(ExitCode.GATE_FAILED, ExitCode.INCOMPLETE, ExitCode.TESTS_FAILED)));
    assertEquals(
        ExitCode.TESTS_FAILED,
        ExitCode.mostSevere(List.of(ExitCode.GATE_FAILED, ExitCode.TESTS_FAILED, ExitCode.OK)));
    assertEquals(ExitCode.GATE_FAILED, ExitCode.mostSevere(List.of(ExitCode.OK, ExitCode.GATE_FAILED)));
  }

  @Test
  void should_be_ok_when_nothing_went_wrong() {
    assertEquals(ExitCode.OK, ExitCode.mostSevere(List.of()));
    assertEquals(0, ExitCode.OK.code());
    assertEquals(4, ExitCode.BAD_INPUT.code());
  }
}
