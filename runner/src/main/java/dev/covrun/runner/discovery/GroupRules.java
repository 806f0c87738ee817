package dev.covrun.runner.discovery;

import dev.covrun.runner.plan.PlanUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pins test classes and feature files to groups that run in one chunk: the JUnit tag (or Gherkin
 * feature tag) {@code covrun-group:NAME} wins, then the first {@code --group NAME=GLOB} whose glob
 * matches the class path or the feature's path below the features location.
 */
public record GroupRules(List<Rule> rules) {
  /** The tag prefix that names a group. */
  public static final String TAG_PREFIX = "covrun-group:";

  /** One {@code NAME=GLOB}. */
  public record Rule(String group, ClassPattern pattern) {}

  /** Parses {@code NAME=GLOB} specs; a bad one is an IllegalArgumentException naming it. */
  public static GroupRules parse(List<String> specs) {
    return new GroupRules(specs.stream().map(GroupRules::rule).toList());
  }

  private static Rule rule(String spec) {
    int equals = spec.indexOf('=');
    if (equals <= 0 || equals == spec.length() - 1 || spec.substring(0, equals).isBlank()) {
      throw new IllegalArgumentException(
          "invalid --group '" + spec + "': expected NAME=GLOB, e.g. db=**/db/**");
    }
    return new Rule(spec.substring(0, equals).strip(), ClassPattern.of(spec.substring(equals + 1)));
  }

  /** The unit to plan for a test class, with its group if any. */
  public PlanUnit unitFor(TestClass testClass) {
    return new PlanUnit(testClass.name(), groupOf(testClass));
  }

  /** The unit to plan for a feature file, with its group if any. */
  public PlanUnit unitFor(FeatureFile feature) {
    Optional<String> tagged = taggedGroup(feature.tags());
    if (tagged.isPresent()) {
      return new PlanUnit(feature.unitName(), tagged);
    }
    Optional<String> globbed =
        rules.stream()
            .filter(r -> ClassPattern.ofPath(r.pattern().glob()).matches(feature.path()))
            .map(Rule::group)
            .findFirst();
    return new PlanUnit(feature.unitName(), globbed);
  }

  private Optional<String> groupOf(TestClass testClass) {
    Optional<String> tagged = taggedGroup(testClass.tags());
    if (tagged.isPresent()) {
      return tagged;
    }
    String path = testClass.name().replace('.', '/');
    return rules.stream().filter(r -> r.pattern().matches(path)).map(Rule::group).findFirst();
  }

  private static Optional<String> taggedGroup(Set<String> tags) {
    return tags.stream()
        .filter(t -> t.startsWith(TAG_PREFIX) && t.length() > TAG_PREFIX.length())
        .map(t -> t.substring(TAG_PREFIX.length()))
        .sorted()
        .findFirst();
  }
}
