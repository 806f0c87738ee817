package dev.covrun.runner.discovery;

import java.nio.file.Path;

/**
 * Where {@code --features} points: a directory of feature files, or {@code classpath:PATH}, a
 * resource folder searched in every test classpath entry (as the Cucumber engine's classpath
 * selectors find them).
 */
public sealed interface FeatureLocation {
  /** The prefix of a classpath location. */
  String CLASSPATH = "classpath:";

  /** Parses the option value; a relative directory resolves against {@code base}. */
  static FeatureLocation parse(String spec, Path base) {
    String value = spec.strip();
    if (value.startsWith(CLASSPATH)) {
      return new Classpath(value.substring(CLASSPATH.length()).replaceAll("^/+|/+$", ""));
    }
    return new Directory(base.resolve(value).normalize());
  }

  /** The worker's {@code --features} argument. */
  String workerArgument();

  /** A directory; feature files are selected as files. */
  record Directory(Path dir) implements FeatureLocation {
    @Override
    public String workerArgument() {
      return dir.toString();
    }

    @Override
    public String toString() {
      return dir.toString();
    }
  }

  /** A resource folder on the test classpath; feature files are selected as classpath resources. */
  record Classpath(String folder) implements FeatureLocation {
    @Override
    public String workerArgument() {
      return CLASSPATH + folder;
    }

    @Override
    public String toString() {
      return workerArgument();
    }
  }
}
