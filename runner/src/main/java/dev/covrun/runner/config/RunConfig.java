package dev.covrun.runner.config;

import dev.covrun.report.Threshold;
import dev.covrun.runner.db.TemplateSource;
import dev.covrun.runner.discovery.FeatureLocation;
import dev.covrun.runner.discovery.GroupRules;
import dev.covrun.runner.plan.Shard;
import dev.covrun.runner.report.ReportSettings;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The validated, fully resolved configuration of one {@code covrun run}; all paths absolute. */
public record RunConfig(
    int chunks,
    List<Path> classpath,
    List<Path> tests,
    List<Path> classes,
    List<Path> sources,
    List<String> include,
    List<String> exclude,
    Optional<TemplateSource> templateDb,
    Path out,
    Path java,
    List<String> jvmArgs,
    Path workdir,
    List<Threshold> thresholds,
    boolean enableAssertions,
    Path timings,
    GroupRules groups,
    Shard shard,
    boolean keepDb,
    ReportSettings report,
    Optional<FeatureLocation> features,
    Map<String, String> cucumberProperties,
    WorkPolicy work) {

  public RunConfig {
    cucumberProperties = Map.copyOf(cucumberProperties);
  }

  /** Surefire's default includes, as class paths without extension. */
  public static final List<String> DEFAULT_INCLUDES =
      List.of("**/Test*", "**/*Test", "**/*Tests", "**/*TestCase");

  /** The child JVM classpath: test roots, then class roots, then the given classpath, no repeats. */
  public List<Path> testClasspath() {
    return List.copyOf(
        new LinkedHashSet<>(Stream.of(tests, classes, classpath).flatMap(List::stream).toList()));
  }
}
