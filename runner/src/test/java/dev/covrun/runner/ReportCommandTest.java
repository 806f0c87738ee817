package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `covrun report` and `covrun merge` in-process: help texts and bad input before any work. */
class ReportCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), Map.of(), dir, args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "plan", "merge", "report"})
  void should_print_help_without_format_warnings(String command) {
    assertEquals(0, run(command, "--help"));
    assertEquals("", err.toString());
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
  }

  @Test
  void should_offer_every_report_format_and_gate_in_report_and_run() {
    run("report", "--help");
    run("run", "--help");
    String help = out.toString();
    for (String option : new String[] {"--csv", "--cobertura", "--lcov", "--json, --json-summary", "--json-summary=FILE",
        "--markdown", "--source-root", "--rule", "--baseline", "--tolerance", "--diff-base", "--min-patch", "--strict-ids",
        "--skip-bad"}) {
      assertTrue(help.contains(option), option + " in\n" + help);
    }
  }

  @Test
  void should_exit_4_naming_a_bad_rule_before_reading_anything() {
    assertEquals(4, run("report", "--exec", "missing.exec", "--classes", "classes", "--rule", "counter=LINES,minimum=1"));
    assertEquals(
        "covrun: unknown counter 'LINES' in --rule 'counter=LINES,minimum=1' (expected one of INSTRUCTION, LINE, BRANCH,"
            + " COMPLEXITY, METHOD, CLASS)",
        err.toString().strip());
  }

  @Test
  void should_exit_4_naming_a_missing_baseline() {
    assertEquals(4, run("report", "--exec", "a.exec", "--classes", "classes", "--baseline", "old.json"));
    assertEquals("covrun: baseline summary not found: " + dir.resolve("old.json") + " (--baseline)", err.toString().strip());
  }

  @Test
  void should_exit_4_when_every_exec_file_is_bad_even_with_skip_bad() throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.exec"), "not exec data");

    assertEquals(4, run("merge", garbage.toString(), "--out", "merged.exec", "--skip-bad"));
    assertEquals(
        "covrun: " + garbage + ": every exec file is bad, nothing to merge (1 skipped; first: not a JaCoCo exec file:"
            + " reading stopped at byte 1 (Invalid execution data file))",
        err.toString().strip());
    assertTrue(Files.notExists(dir.resolve("merged.exec")));
  }

  @Test
  void should_exit_4_for_a_tolerance_that_is_not_a_number() {
    assertEquals(4, run("report", "--exec", "a.exec", "--classes", "c", "--tolerance", "half"));
    assertEquals(
        "covrun: invalid --tolerance 'half': expected a ratio such as 0.005 or percentage points such as 0.5%",
        err.toString().strip());
  }
}
