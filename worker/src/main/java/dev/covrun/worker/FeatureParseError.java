package dev.covrun.worker;

import java.util.List;
import java.util.Optional;

/**
 * Recognises Cucumber's "Failed to parse resource" error by its type name, so the worker can say
 * which feature file is broken and where without depending on Cucumber.
 */
final class FeatureParseError {
  private static final String TYPE_SUFFIX = "FeatureParserException";

  private FeatureParseError() {}

  /** {@code feature file a/b.feature does not parse: (4:3): expected ..., got 'x'}, if it is one. */
  static Optional<String> describe(Throwable error, String featurePath) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().endsWith(TYPE_SUFFIX)) {
        return Optional.of("feature file " + featurePath + " does not parse" + firstProblem(t.getMessage()));
      }
    }
    return Optional.empty();
  }

  // Gherkin lists one "(line:column): ..." line per problem after a first line naming the URI.
  private static String firstProblem(String message) {
    if (message == null) {
      return "";
    }
    List<String> problems = message.lines().map(String::strip).filter(l -> l.matches("\\(\\d+:\\d+\\).*")).toList();
    if (problems.isEmpty()) {
      return ": " + FailureMessage.firstLine(new RuntimeException(message));
    }
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
    return ": " + problems.get(0) + more;
  }
}
