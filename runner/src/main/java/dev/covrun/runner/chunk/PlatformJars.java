package dev.covrun.runner.chunk;

import dev.covrun.runner.CovrunException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which JUnit Platform launcher jars the worker needs on a test classpath, as Surefire
 * does: none when the user has them, otherwise the version matching the user's {@code
 * junit-platform-engine}, taken from covrun's own copy or the local Maven repository.
 */
public final class PlatformJars {
  private static final Pattern PLATFORM_JAR =
      Pattern.compile("junit-platform-([a-z-]+?)-(\\d[^/\\\\]*)\\.jar");
  private static final List<String> NEEDED = List.of("launcher", "reporting");

  /** A jar covrun ships, with its version. */
  public record Bundled(String artifact, String version, Path jar) {}

  private final Map<String, Bundled> bundled;
  private final Path localRepository;

  public PlatformJars(List<Bundled> bundled, Path localRepository) {
    this.bundled = new LinkedHashMap<>();
    bundled.forEach(b -> this.bundled.put(b.artifact(), b));
    this.localRepository = localRepository;
  }

  /** The jars to append to the test classpath; a mismatch that cannot be fixed is exit 4. */
  public List<Path> missingFrom(List<Path> classpath) {
    Map<String, String> versions = platformVersions(classpath);
    if (versions.containsKey("console-standalone")) {
      return List.of();
    }
    String engine = versions.get("engine");
    if (engine == null) {
      throw CovrunException.badInput(
          "no JUnit Platform engine on the test classpath (no junit-platform-engine jar in"
              + " --classpath): add junit-jupiter-engine, or junit-vintage-engine for JUnit 4");
    }
    List<Path> missing = new ArrayList<>();
    for (String artifact : NEEDED) {
      String present = versions.get(artifact);
      if (present == null) {
        missing.add(locate(artifact, engine));
      } else if (!present.equals(engine)) {
        throw CovrunException.badInput(mismatch(artifact, present, engine));
      }
    }
    return missing;
  }

  private Path locate(String artifact, String version) {
    Bundled own = bundled.get(artifact);
    if (own != null && own.version().equals(version)) {
      return own.jar();
    }
    String name = "junit-platform-" + artifact;
    Path inRepository =
        localRepository.resolve(
            Path.of("org", "junit", "platform", name, version, name + "-" + version + ".jar"));
    if (Files.isRegularFile(inRepository)) {
      return inRepository;
    }
    throw CovrunException.badInput(
        "the test classpath has junit-platform-engine "
            + version
            + " but no "
            + name
            + "; covrun bundles "
            + (own == null ? "none" : own.version())
            + " and "
            + inRepository
            + " does not exist: add org.junit.platform:"
            + name
            + ":"
            + version
            + " to --classpath");
  }

  private static String mismatch(String artifact, String present, String engine) {
    return "junit-platform-"
        + artifact
        + " "
        + present
        + " and junit-platform-engine "
        + engine
        + " on the test classpath differ: use one JUnit Platform version";
  }

  /** Platform artifact name (launcher, engine, ...) to version, from the jar file names. */
  static Map<String, String> platformVersions(List<Path> classpath) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (Path entry : classpath) {
      Path fileName = entry.getFileName();
      Matcher matcher = PLATFORM_JAR.matcher(fileName == null ? "" : fileName.toString());
      if (matcher.matches()) {
        versions.putIfAbsent(matcher.group(1), matcher.group(2));
      }
    }
    return versions;
  }
}
