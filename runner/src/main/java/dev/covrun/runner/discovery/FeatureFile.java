package dev.covrun.runner.discovery;

import java.util.Set;

/**
 * A feature file found below the features location: its path relative to it (forward slashes),
 * and the Gherkin tags before its {@code Feature:} line, without the {@code @}.
 */
public record FeatureFile(String path, Set<String> tags) {
  /** The unit-name prefix of feature files; class names never contain a colon. */
  public static final String UNIT_PREFIX = "feature:";

  public FeatureFile {
    tags = Set.copyOf(tags);
  }

  /** The unit name in plans, units files, events and the timings file. */
  public String unitName() {
    return UNIT_PREFIX + path;
  }
}
