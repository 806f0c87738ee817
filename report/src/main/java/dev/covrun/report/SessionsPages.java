package dev.covrun.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Combines the sessions pages of several partial HTML reports of the same data: each lists every
 * class of the execution data, but links only the classes it has pages for. The result links a
 * class wherever any part does, which is the page a single report would have written.
 */
final class SessionsPages {

  private static final String ROW = "<tr>";
  private static final String ROW_END = "</tr>";
  private static final String LINK = "<a href=";

  private SessionsPages() {}

  static String combine(List<String> pages) {
    List<String[]> split = pages.stream().map(page -> page.split(ROW, -1)).toList();
    String[] first = split.get(0);
    for (String[] other : split) {
      if (other.length != first.length) {
        throw new IllegalStateException("partial sessions pages differ in rows: " + first.length + " and " + other.length);
      }
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < first.length; i++) {
      rows.add(linkedRow(split, i));
    }
    return String.join(ROW, rows);
  }

  private static String linkedRow(List<String[]> split, int row) {
    for (String[] page : split) {
      if (isLinked(page[row])) {
        return page[row];
      }
    }
    return split.get(0)[row];
  }

  // The last row runs on into the footer, which links to JaCoCo's site in every part.
  private static boolean isLinked(String row) {
    int end = row.indexOf(ROW_END);
    return (end < 0 ? row : row.substring(0, end)).contains(LINK);
  }
}
