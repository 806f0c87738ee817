package dev.covrun.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.gate.FilePatch;
import dev.covrun.report.gate.PatchReport;
import dev.covrun.report.gate.RatchetReport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSummaryTest {

  @TempDir Path tmp;

  @Test
  void should_render_totals_and_a_passed_gate() {
    MarkdownSummary summary =
        new MarkdownSummary("shop", totals(3, 4), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());

    assertEquals(
        "## Coverage: shop\n\n"
            + "| Counter | Covered | Total | Coverage |\n|---|---:|---:|---:|\n"
            + "| LINE | 3 | 7 | 42.85% |\n"
            + "| BRANCH | 0 | 0 | n/a |\n\n"
            + "**Gate: passed**\n\n",
        summary.render());
  }

  @Test
  void should_list_violations_ratchet_patch_warnings_and_advice() {
    PatchReport patch =
        new PatchReport(
            List.of(new FilePatch("src/A|B.java", 4, List.of(7, 8), List.of(10, 11), new CounterValue(1, 1), new CounterValue(2, 2))),
            2, 6);
    RatchetReport ratchet = RatchetReport.compare(totals(4, 4), totals(3, 4), BigDecimal.ZERO);
    MarkdownSummary summary =
        new MarkdownSummary(
            "shop",
            totals(3, 4),
            List.of("LINE coverage 42.85% is below the minimum 50.00%"),
            List.of("1 exec file skipped: partial result"),
            Optional.of(ratchet),
            Optional.of(patch),
            List.of("raise it"));

    String md = summary.render();

    assertEquals(
        String.join("\n",
            "**Gate: failed** (1 violation)",
            "",
            "- LINE coverage 42.85% is below the minimum 50.00%",
            "",
            "### Against the baseline",
            "",
            "| Counter | Baseline | Now | Change |",
            "|---|---:|---:|---:|",
            "| LINE | 50.00% | 42.85% | -7.15 |",
            "",
            "### Patch coverage",
            "",
            "2 of 4 changed executable lines covered (50.00%).",
            "",
            "| File | Covered | Changed executable lines | Not covered |",
            "|---|---:|---:|---|",
            "| `src/A\\|B.java` | 2 | 4 | 10-11 |",
            "",
            "### Warnings",
            "",
            "- 1 exec file skipped: partial result",
            "",
            "### Raise the floor",
            "",
            "- raise it",
            "",
            ""),
        md.substring(md.indexOf("**Gate")));
  }

  @Test
  void should_note_a_change_without_executable_lines() {
    PatchReport patch = new PatchReport(List.of(), 1, 3);
    MarkdownSummary summary =
        new MarkdownSummary("x", totals(1, 1), List.of(), List.of(), Optional.empty(), Optional.of(patch), List.of());

    assertEquals(
        true,
        summary.render().contains("The change touches no executable line (3 changed lines in 1 files): nothing to gate.\n"));
  }

  @Test
  void should_write_the_file_atomically() throws Exception {
    Path file = tmp.resolve("out/summary.md");
    MarkdownSummary summary =
        new MarkdownSummary("x", totals(1, 1), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of());

    summary.writeTo(file);

    assertEquals(summary.render(), Files.readString(file));
    assertEquals(List.of("summary.md"), Files.list(tmp.resolve("out")).map(p -> p.getFileName().toString()).toList());
  }

  private static CoverageTotals totals(int covered, int missed) {
    Map<CounterType, CounterValue> counters = new LinkedHashMap<>();
    counters.put(CounterType.LINE, new CounterValue(covered, missed));
    counters.put(CounterType.BRANCH, new CounterValue(0, 0));
    return new CoverageTotals(counters);
  }
}
