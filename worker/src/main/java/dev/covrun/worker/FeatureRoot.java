package dev.covrun.worker;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.DiscoverySelector;

/**
 * Where a run's feature files are: a directory, or a {@code classpath:PATH} resource folder. Feature
 * units name files relative to it, so their names are the same on every machine.
 */
public sealed interface FeatureRoot {
  /** The prefix of a classpath root, as in {@code classpath:features}. */
  String CLASSPATH = "classpath:";

  /** Parses {@code --features}: {@code classpath:PATH} or a directory. */
  static FeatureRoot parse(String spec) {
    if (spec.startsWith(CLASSPATH)) {
      return new Resources(spec.substring(CLASSPATH.length()).replaceAll("^/+|/+$", ""));
    }
    return new Directory(Path.of(spec));
  }

  /** The JUnit Platform selector for one feature file below this root. */
  DiscoverySelector selector(String relativePath);

  /** Whether the feature file exists, so the engine can find it. */
  boolean exists(String relativePath, ClassLoader loader);

  /** The root in words, for messages. */
  String describe();

  /** Feature files in a directory, selected as files. */
  record Directory(Path dir) implements FeatureRoot {
    @Override
    public DiscoverySelector selector(String relativePath) {
      return selectFile(dir.resolve(relativePath).toString());
    }

    @Override
    public boolean exists(String relativePath, ClassLoader loader) {
      return Files.isRegularFile(dir.resolve(relativePath));
    }

    @Override
    public String describe() {
      return dir.toString();
    }
  }

  /** Feature files among the test classpath's resources, selected as classpath resources. */
  record Resources(String folder) implements FeatureRoot {
    @Override
    public DiscoverySelector selector(String relativePath) {
      return selectClasspathResource(resource(relativePath));
    }

    @Override
    public boolean exists(String relativePath, ClassLoader loader) {
      return loader.getResource(resource(relativePath)) != null;
    }

    @Override
    public String describe() {
      return "the test classpath folder '" + folder + "'";
    }

    private String resource(String relativePath) {
      return folder.isEmpty() ? relativePath : folder + "/" + relativePath;
    }
  }
}
