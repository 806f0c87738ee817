package dev.covrun.report.gate;

import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Lines added or changed by a diff: repository-relative path (with /) to new-side line numbers. */
public record ChangedLines(Map<String, SortedSet<Integer>> byFile) {

  public ChangedLines {
    Map<String, SortedSet<Integer>> copy = new TreeMap<>();
    byFile.forEach((file, lines) -> copy.put(file, Collections.unmodifiableSortedSet(new TreeSet<>(lines))));
    byFile = Collections.unmodifiableMap(copy);
  }

  /** How many lines changed in all files. */
  public int lineCount() {
    return byFile.values().stream().mapToInt(SortedSet::size).sum();
  }
}
