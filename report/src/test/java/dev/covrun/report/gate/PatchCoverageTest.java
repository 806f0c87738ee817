package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageAnalysis;
import dev.covrun.report.InstrumentedRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jacoco.core.analysis.IBundleCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchCoverageTest {

  /** The repository root as seen from the report module. */
  private static final Path REPO = Path.of("").toAbsolutePath().getParent();
  private static final String GRADER = "report/src/test/java/dev/covrun/report/sample/Grader.java";

  @TempDir Path tmp;

  private IBundleCoverage bundle;

  @BeforeEach
  void analyse() throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();
    bundle = CoverageAnalysis.analyze("sample", run.data(), List.of(InstrumentedRun.classRoot(tmp)));
  }

  @Test
  void should_count_the_changed_executable_lines_and_list_the_missed_ones() {
    PatchReport report = patch(Map.of(GRADER, List.of(7, 8, 9, 10, 11, 15), "README.md", List.of(1, 2)));

    assertEquals(1, report.files().size());
    FilePatch grader = report.files().get(0);
    assertEquals(List.of(7, 8), grader.coveredLines());
    assertEquals(List.of(10, 11), grader.missedLines());
    assertEquals(new CounterValue(1, 3), grader.branches());
    assertEquals(new CounterValue(2, 2), report.total(CounterType.LINE));
    assertEquals(
        List.of(
            "patch coverage: 2 of 4 changed executable lines covered (50.00%)",
            "  " + GRADER + ": 2 of 4; not covered: 10-11"),
        report.lines());
    assertEquals(2, report.changedFiles());
    assertEquals(8, report.changedLines());
  }

  @Test
  void should_pass_exactly_at_the_minimum_and_fail_one_line_below() {
    PatchReport half = patch(Map.of(GRADER, List.of(7, 8, 10, 11)));
    PatchReport lessThanHalf = patch(Map.of(GRADER, List.of(7, 8, 10, 11, 13)));

    assertEquals(List.of(), PatchGate.check(half, List.of(PatchGate.parse("LINE=50%"))));
    assertEquals(
        List.of("patch LINE coverage 40.00% (2 of 5 changed executable lines covered) is below the minimum 50.00%"),
        PatchGate.check(lessThanHalf, List.of(PatchGate.parse("LINE=50%"))));
  }

  @Test
  void should_gate_branches_on_changed_lines() {
    PatchReport report = patch(Map.of(GRADER, List.of(7)));

    assertEquals(
        List.of("patch BRANCH coverage 50.00% (1 of 2 branches on changed lines covered) is below the minimum 75.00%"),
        PatchGate.check(report, List.of(PatchGate.parse("BRANCH=0.75"))));
  }

  @Test
  void should_pass_with_a_note_when_no_changed_line_is_executable() {
    PatchReport report = patch(Map.of(GRADER, List.of(1, 2, 15), "docs/x.md", List.of(3)));

    assertFalse(report.touchesExecutableCode());
    assertEquals(List.of(), PatchGate.check(report, List.of(PatchGate.parse("LINE=100%"))));
    assertEquals(
        List.of("patch coverage: the change touches no executable line (4 changed lines in 2 files): nothing to gate"),
        report.lines());
  }

  @Test
  void should_only_map_files_inside_the_given_source_directories() {
    ChangedLines changes = changes(Map.of(GRADER, List.of(7, 8)));

    PatchReport elsewhere = PatchCoverage.of(bundle, changes, REPO, List.of(REPO.resolve("report/src/main/java")));
    PatchReport inside = PatchCoverage.of(bundle, changes, REPO, List.of(REPO.resolve("report/src/test/java")));

    assertEquals(List.of(), elsewhere.files());
    assertEquals(new CounterValue(2, 0), inside.total(CounterType.LINE));
  }

  @Test
  void should_reject_a_patch_minimum_on_a_counter_changed_lines_do_not_have() {
    assertEquals(
        "counter METHOD in --min-patch 'METHOD=80%' is not one of LINE, BRANCH, INSTRUCTION (the counters of changed lines)",
        assertThrows(IllegalArgumentException.class, () -> PatchGate.parse("METHOD=80%")).getMessage());
    assertEquals(
        "invalid --min-patch 'LINE': expected COUNTER=VALUE, e.g. LINE=0.80 or LINE=80%",
        assertThrows(IllegalArgumentException.class, () -> PatchGate.parse("LINE")).getMessage());
  }

  @Test
  void should_write_missed_lines_as_ranges() {
    FilePatch file = new FilePatch("F.java", 9, List.of(), List.of(3, 5, 6, 7, 9, 10), new CounterValue(0, 0), new CounterValue(0, 0));

    assertEquals("3, 5-7, 9-10", file.missedRanges());
  }

  private PatchReport patch(Map<String, List<Integer>> changed) {
    return PatchCoverage.of(bundle, changes(changed), REPO, List.of());
  }

  private static ChangedLines changes(Map<String, List<Integer>> changed) {
    Map<String, java.util.SortedSet<Integer>> lines = new java.util.TreeMap<>();
    changed.forEach((file, numbers) -> lines.put(file, new TreeSet<>(numbers)));
    return new ChangedLines(lines);
  }
}
