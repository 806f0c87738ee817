package dev.covrun.worker;

import org.junit.platform.engine.DiscoverySelector;

/**
 * A unit naming one Cucumber feature file: {@code feature:} and its path below the features root,
 * with forward slashes (e.g. {@code feature:orders/checkout.feature}). The prefix keeps it apart
 * from class names, which never contain a colon.
 */
public record FeatureUnit(String name, String path, FeatureRoot root) implements Unit {
  /** The kind prefix of feature units in the units file, the events file and the timings file. */
  public static final String PREFIX = "feature:";

  /** The unit for a units-file line starting with {@link #PREFIX}. */
  static FeatureUnit of(String name, FeatureRoot root) {
    return new FeatureUnit(name, name.substring(PREFIX.length()), root);
  }

  @Override
  public DiscoverySelector selector() {
    return root.selector(path);
  }

  @Override
  public boolean exists(ClassLoader loader) {
    return root.exists(path, loader);
  }

  @Override
  public String notFound() {
    return "not found: no feature file " + path + " in " + root.describe();
  }

  /** Adds the failing step and its line, which Cucumber puts in the stack trace as a frame. */
  @Override
  public String failureMessage(Throwable failure) {
    String message = Unit.super.failureMessage(failure);
    return StepLocation.of(failure, path).map(at -> message + " (" + at + ")").orElse(message);
  }

  /** A feature that does not parse fails discovery; say which file and where. */
  @Override
  public String abortMessage(RuntimeException error) {
    return FeatureParseError.describe(error, path).orElseGet(() -> Unit.super.abortMessage(error));
  }
}
