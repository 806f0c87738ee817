package dev.covrun.runner.discovery;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the tags of a feature: the {@code @tag} lines before the {@code Feature:} line. A line
 * scan, not a Gherkin parser: comments and blank lines are skipped, and the first other line ends
 * the header. Scenario tags further down are not feature tags.
 */
final class FeatureTags {
  private FeatureTags() {}

  /** The leading tags of a feature file's text, without the {@code @}, in order. */
  static Set<String> leading(String text) {
    Set<String> tags = new LinkedHashSet<>();
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String stripped = line.strip().replaceFirst("^\uFEFF", "");
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (!stripped.startsWith("@")) {
        break;
      }
      addTags(stripped, tags);
    }
    return tags;
  }

  private static void addTags(String line, Set<String> tags) {
    for (String token : line.split("\\s+")) {
      if (token.startsWith("#")) {
        return;
      }
      if (token.startsWith("@") && token.length() > 1) {
        tags.add(token.substring(1));
      }
    }
  }
}
