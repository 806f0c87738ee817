package dev.covrun.report.gate;

import dev.covrun.report.CounterValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The changed lines of one source file of the report: which of them are executable, which of
 * those ran, and the branches and instructions on them.
 */
public record FilePatch(
    String path,
    int changedLines,
    List<Integer> coveredLines,
    List<Integer> missedLines,
    CounterValue branches,
    CounterValue instructions) {

  public FilePatch {
    coveredLines = List.copyOf(coveredLines);
    missedLines = List.copyOf(missedLines);
  }

  /** Changed executable lines: covered (at least one instruction ran) and missed. */
  public CounterValue lines() {
    return new CounterValue(coveredLines.size(), missedLines.size());
  }

  /** The missed lines as ranges: {@code 12, 15-17}. */
  public String missedRanges() {
    List<String> ranges = new ArrayList<>();
    int i = 0;
    while (i < missedLines.size()) {
      int start = missedLines.get(i);
      int end = start;
      while (i + 1 < missedLines.size() && missedLines.get(i + 1) == end + 1) {
        end = missedLines.get(++i);
      }
      ranges.add(start == end ? String.valueOf(start) : start + "-" + end);
      i++;
    }
    return String.join(", ", ranges);
  }
}
