package dev.covrun.report.gate;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Patch coverage: the changed lines of every source file in the report, and how many lines and
 * files the diff changed in all (including files that are not Java sources of the report).
 */
public record PatchReport(List<FilePatch> files, int changedFiles, int changedLines) {

  public PatchReport {
    files = List.copyOf(files);
  }

  /** LINE, BRANCH or INSTRUCTION summed over the changed lines. */
  public CounterValue total(CounterType counter) {
    long covered = 0;
    long missed = 0;
    for (FilePatch file : files) {
      CounterValue value = switch (counter) {
        case LINE -> file.lines();
        case BRANCH -> file.branches();
        case INSTRUCTION -> file.instructions();
        default -> throw new IllegalArgumentException("patch coverage has no " + counter + " counter");
      };
      covered += value.covered();
      missed += value.missed();
    }
    return new CounterValue(covered, missed);
  }

  /** False when no changed line is executable: nothing to gate. */
  public boolean touchesExecutableCode() {
    return total(CounterType.LINE).total() > 0;
  }

  /** The console lines: the total, then one line per file with executable changes. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (!touchesExecutableCode()) {
      lines.add(("patch coverage: the change touches no executable line (%d changed lines in %d files):"
          + " nothing to gate").formatted(changedLines, changedFiles));
      return lines;
    }
    CounterValue total = total(CounterType.LINE);
    lines.add("patch coverage: %d of %d changed executable lines covered (%s)"
        .formatted(total.covered(), total.total(), Percent.floor(ratio(total))));
    for (FilePatch file : files) {
      if (file.lines().total() > 0) {
        lines.add("  " + describe(file));
      }
    }
    return lines;
  }

  private static String describe(FilePatch file) {
    String missed = file.missedLines().isEmpty() ? "" : "; not covered: " + file.missedRanges();
    return "%s: %d of %d%s".formatted(file.path(), file.lines().covered(), file.lines().total(), missed);
  }

  static BigDecimal ratio(CounterValue value) {
    return BigDecimal.valueOf(value.covered())
        .divide(BigDecimal.valueOf(value.total()), MathContext.DECIMAL128);
  }
}
