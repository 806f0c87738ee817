package dev.covrun.report.format;

import dev.covrun.report.AtomicOutput;
import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.gate.CounterChange;
import dev.covrun.report.gate.FilePatch;
import dev.covrun.report.gate.PatchReport;
import dev.covrun.report.gate.RatchetReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pull-request view of a report as GitHub-flavoured Markdown: totals, the gate's verdict with
 * every violation, the ratchet, patch coverage per file and the warnings (partial data, class-id
 * mismatches, unresolved sources).
 */
public record MarkdownSummary(
    String title,
    CoverageTotals totals,
    List<String> failures,
    List<String> warnings,
    Optional<RatchetReport> ratchet,
    Optional<PatchReport> patch,
    List<String> advice) {

  public MarkdownSummary {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(totals, "totals");
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
    advice = List.copyOf(advice);
  }

  /** Writes the Markdown to {@code file}, replacing it atomically. */
  public void writeTo(Path file) throws IOException {
    AtomicOutput.writeFile(file, out -> out.write(render().getBytes(StandardCharsets.UTF_8)));
  }

  /** The whole summary, ending with a newline. */
  public String render() {
    StringBuilder md = new StringBuilder();
    md.append("## Coverage: ").append(cell(title)).append("\n\n");
    totalsTable(md);
    verdict(md);
    ratchet.ifPresent(r -> ratchetTable(md, r));
    patch.ifPresent(p -> patchSection(md, p));
    bullets(md, "Warnings", warnings);
    bullets(md, "Raise the floor", advice);
    return md.toString();
  }

  private void totalsTable(StringBuilder md) {
    md.append("| Counter | Covered | Total | Coverage |\n|---|---:|---:|---:|\n");
    for (CounterType type : CounterType.values()) {
      CounterValue value = totals.counter(type);
      if (value != null) {
        md.append("| %s | %d | %d | %s |\n".formatted(type, value.covered(), value.total(), percent(value)));
      }
    }
    md.append('\n');
  }

  private void verdict(StringBuilder md) {
    if (failures.isEmpty()) {
      md.append("**Gate: passed**\n\n");
      return;
    }
    md.append("**Gate: failed** (%d %s)\n\n".formatted(failures.size(), failures.size() == 1 ? "violation" : "violations"));
    failures.forEach(f -> md.append("- ").append(cell(f)).append('\n'));
    md.append('\n');
  }

  private static void ratchetTable(StringBuilder md, RatchetReport report) {
    md.append("### Against the baseline\n\n| Counter | Baseline | Now | Change |\n|---|---:|---:|---:|\n");
    for (CounterChange change : report.changes()) {
      md.append("| %s | %s | %s | %s |\n".formatted(change.counter(), percent(change.beforeRatio()),
          percent(change.afterRatio()), change.points()));
    }
    md.append('\n');
  }

  private static void patchSection(StringBuilder md, PatchReport report) {
    md.append("### Patch coverage\n\n");
    if (!report.touchesExecutableCode()) {
      md.append("The change touches no executable line (%d changed lines in %d files): nothing to gate.\n\n"
          .formatted(report.changedLines(), report.changedFiles()));
      return;
    }
    CounterValue lines = report.total(CounterType.LINE);
    md.append("%d of %d changed executable lines covered (%s).\n\n".formatted(lines.covered(), lines.total(), percent(lines)));
    md.append("| File | Covered | Changed executable lines | Not covered |\n|---|---:|---:|---|\n");
    for (FilePatch file : report.files()) {
      if (file.lines().total() > 0) {
        md.append("| `%s` | %d | %d | %s |\n".formatted(cell(file.path()), file.lines().covered(),
            file.lines().total(), file.missedRanges()));
      }
    }
    md.append('\n');
  }

  private static void bullets(StringBuilder md, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("### ").append(heading).append("\n\n");
    items.forEach(item -> md.append("- ").append(cell(item)).append('\n'));
    md.append('\n');
  }

  private static String percent(CounterValue value) {
    return value.total() == 0 ? "n/a" : percent(BigDecimal.valueOf(value.covered()).divide(
        BigDecimal.valueOf(value.total()), MathContext.DECIMAL128));
  }

  private static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(2, RoundingMode.FLOOR).toPlainString() + "%";
  }

  // Table cells and list items must stay on one line and not open a new column.
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
