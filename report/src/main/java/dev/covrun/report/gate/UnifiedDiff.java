package dev.covrun.report.gate;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the added and changed lines (new side) out of {@code git diff} output, with any amount of
 * context. Deleted files and pure deletions contribute nothing: there is no new line to cover.
 */
public final class UnifiedDiff {

  private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@.*");

  private final Map<String, SortedSet<Integer>> changed = new TreeMap<>();
  private String file;
  private int nextLine;
  private boolean inHunk;

  private UnifiedDiff() {}

  /**
   * Parses unified diff text.
   *
   * @throws IllegalArgumentException if a hunk has no file header before it
   */
  public static ChangedLines parse(String diff) {
    UnifiedDiff parser = new UnifiedDiff();
    diff.lines().forEach(parser::line);
    return new ChangedLines(parser.changed);
  }

  private void line(String line) {
    if (line.startsWith("diff ")) {
      file = null;
      inHunk = false;
    } else if (!inHunk && line.startsWith("+++ ")) {
      file = path(line.substring(4));
    } else if (line.startsWith("@@")) {
      hunk(line);
    } else if (inHunk) {
      body(line);
    }
  }

  private void hunk(String line) {
    Matcher m = HUNK.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a unified diff hunk header: " + line);
    }
    nextLine = Integer.parseInt(m.group(1));
    inHunk = true;
  }

  private void body(String line) {
    if (line.startsWith("+")) {
      if (file != null) {
        changed.computeIfAbsent(file, f -> new TreeSet<>()).add(nextLine);
      }
      nextLine++;
    } else if (line.startsWith(" ") || line.isEmpty()) {
      nextLine++;
    } else if (!line.startsWith("-") && !line.startsWith("\\")) {
      inHunk = false; // the next file's extended headers
    }
  }

  // "b/src/Foo.java", "/dev/null" (deleted), or git's quoted form "\"b/odd name.java\"".
  private static String path(String header) {
    String name = header.strip();
    int tab = name.indexOf('\t');
    if (tab >= 0) {
      name = name.substring(0, tab);
    }
    if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
      name = name.substring(1, name.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (name.equals("/dev/null")) {
      return null;
    }
    return name.startsWith("b/") ? name.substring(2) : name;
  }
}
