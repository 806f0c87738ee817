package dev.covrun.worker;

import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;

/** One line of the units file: something the worker runs in its own launcher execution. */
public sealed interface Unit permits ClassUnit, FeatureUnit {

  /** Parses one non-blank line of the units file that names a class. */
  static Unit parse(String line) {
    return parse(line, Optional.empty());
  }

  /**
   * Parses one non-blank line of the units file: {@code feature:PATH} names a feature file below
   * the features root, anything else a test class. A feature without a root is an
   * IllegalArgumentException naming it.
   */
  static Unit parse(String line, Optional<FeatureRoot> features) {
    String name = line.strip();
    if (!name.startsWith(FeatureUnit.PREFIX)) {
      return new ClassUnit(name);
    }
    FeatureRoot root =
        features.orElseThrow(() -> new IllegalArgumentException("unit " + name + " needs --features ROOT"));
    return FeatureUnit.of(name, root);
  }

  /** The unit as written in the units file and the events file. */
  String name();

  /** What the launcher should discover for this unit. */
  DiscoverySelector selector();

  /** Whether the unit's code exists on the given class path, so the launcher can find it. */
  boolean exists(ClassLoader loader);

  /** Why the launcher would not find the unit, for the worker's warning. */
  default String notFound() {
    return "not found on the test classpath";
  }

  /** The one line recorded for a failed test of this unit. */
  default String failureMessage(Throwable failure) {
    return FailureMessage.firstLine(failure);
  }

  /** The one line recorded when the launcher threw instead of reporting (discovery failed). */
  default String abortMessage(RuntimeException error) {
    return FailureMessage.withRootCause(error);
  }
}
