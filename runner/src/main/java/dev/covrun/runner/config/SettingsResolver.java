package dev.covrun.runner.config;

import dev.covrun.report.Threshold;
import dev.covrun.runner.discovery.FeatureLocation;
import dev.covrun.runner.discovery.GroupRules;
import dev.covrun.runner.plan.Shard;
import dev.covrun.runner.CovrunException;
import dev.covrun.runner.db.TemplateSource;
import dev.covrun.runner.dist.Distribution;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges flags, environment and covrun.yaml into a {@link RunConfig}: a flag wins over
 * {@code COVRUN_CHUNKS}, which wins over the file, which wins over the defaults. Relative paths
 * in flags resolve against the working directory, those in the file against the file's directory.
 */
public final class SettingsResolver {
  private final Settings flags;
  private final Settings file;
  private final Path flagBase;
  private final Path fileBase;
  private final Map<String, String> env;

  public SettingsResolver(
      Settings flags, Path flagBase, Settings file, Path fileBase, Map<String, String> env) {
    this.flags = flags;
    this.file = file;
    this.flagBase = flagBase.toAbsolutePath().normalize();
    this.fileBase = fileBase.toAbsolutePath().normalize();
    this.env = env;
  }

  /** Resolves and validates every setting; bad values throw a one-line exit-4 error. */
  public RunConfig resolve(Path workdir) {
    return new RunConfig(
        chunks(),
        classpath(),
        existingRoots("tests", "target/test-classes", "test classes directory or jar"),
        existingRoots("classes", "target/classes", "classes directory or jar"),
        existingRoots("sources", null, "sources directory"),
        strings("include", RunConfig.DEFAULT_INCLUDES),
        strings("exclude", List.of()),
        templateDb(),
        path("out", "target/covrun"),
        java(),
        strings("jvm-arg", List.of()),
        workdir,
        thresholds(),
        enableAssertions(),
        path("timings", ".covrun/timings.json"),
        groups(),
        shard(),
        keepDb(),
        new ReportSettingsResolver(flags, flagBase, file, fileBase, env).resolve(workdir),
        features(),
        cucumberProperties(),
        work());
  }

  int chunks() {
    if (flags.has("chunks")) {
      return parseChunks(flags.string("chunks"), "--chunks");
    }
    String fromEnv = env.get("COVRUN_CHUNKS");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return parseChunks(fromEnv, "COVRUN_CHUNKS");
    }
    return file.has("chunks") ? parseChunks(file.string("chunks"), "chunks in covrun.yaml") : 1;
  }

  static int parseChunks(String value, String origin) {
    try {
      int chunks = Integer.parseInt(value.trim());
      if (chunks >= 1) {
        return chunks;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw CovrunException.badInput(
        "invalid " + origin + " '" + value + "': expected a whole number of at least 1");
  }

  private List<Path> classpath() {
    Sourced<String> given = pickString("classpath");
    if (given == null || given.value().isBlank()) {
      return List.of();
    }
    String text = given.value().trim();
    Path base = given.base();
    if (text.startsWith("@")) {
      Path listFile = base.resolve(text.substring(1)).normalize();
      text = readClasspathFile(listFile);
      base = listFile.getParent();
    }
    List<Path> entries = new ArrayList<>();
    for (String entry : text.split("[" + File.pathSeparator + "\\r\\n]+")) {
      if (!entry.isBlank()) {
        entries.add(base.resolve(entry.trim()).normalize());
      }
    }
    return entries;
  }

  private static String readClasspathFile(Path listFile) {
    try {
      return Files.readString(listFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CovrunException.badInput("cannot read classpath file " + listFile);
    }
  }

  private List<Path> existingRoots(String key, String fallback, String what) {
    Sourced<List<String>> given = pickList(key);
    if (given == null) {
      return fallback == null ? List.of() : defaultRoot(fallback, what);
    }
    List<Path> roots = new ArrayList<>();
    for (String value : given.value()) {
      Path root = given.base().resolve(value).normalize();
      if (!Files.exists(root)) {
        throw CovrunException.badInput(what + " not found: " + root + " (--" + key + ")");
      }
      roots.add(root);
    }
    return roots;
  }

  private List<Path> defaultRoot(String fallback, String what) {
    Path root = fileBase.resolve(fallback);
    if (!Files.exists(root)) {
      throw CovrunException.badInput(
          what + " not found: " + root + " (the default; pass --" + keyOf(fallback) + ")");
    }
    return List.of(root);
  }

  private static String keyOf(String fallback) {
    return fallback.endsWith("test-classes") ? "tests" : "classes";
  }

  private Optional<TemplateSource> templateDb() {
    Sourced<String> given = pickString("template-db");
    return given == null
        ? Optional.empty()
        : Optional.of(TemplateSource.parse(given.value(), given.base(), env));
  }

  private Optional<FeatureLocation> features() {
    Sourced<String> given = pickString("features");
    if (given == null || given.value().isBlank()) {
      return Optional.empty();
    }
    FeatureLocation location = FeatureLocation.parse(given.value(), given.base());
    if (location instanceof FeatureLocation.Directory dir && !Files.isDirectory(dir.dir())) {
      throw CovrunException.badInput("features directory not found: " + dir.dir() + " (--features)");
    }
    return Optional.of(location);
  }

  /** {@code KEY=VALUE} pairs for Cucumber (any JUnit Platform configuration parameter). */
  private Map<String, String> cucumberProperties() {
    Map<String, String> properties = new TreeMap<>();
    for (String spec : strings("cucumber-property", List.of())) {
      int equals = spec.indexOf('=');
      if (equals <= 0 || spec.substring(0, equals).isBlank()) {
        throw CovrunException.badInput(
            "invalid --cucumber-property '" + spec + "': expected KEY=VALUE, e.g. cucumber.glue=org.acme.steps");
      }
      properties.put(spec.substring(0, equals).strip(), spec.substring(equals + 1));
    }
    return properties;
  }

  private boolean keepDb() {
    Sourced<String> given = pickString("keep-db");
    return given != null && Boolean.parseBoolean(given.value());
  }

  private Path path(String key, String fallback) {
    Sourced<String> given = pickString(key);
    return given == null
        ? fileBase.resolve(fallback)
        : given.base().resolve(given.value()).normalize();
  }

  private Path java() {
    Sourced<String> given = pickString("java");
    Path java = given == null ? defaultJava() : given.base().resolve(given.value()).normalize();
    if (!Files.isExecutable(java)) {
      throw CovrunException.badInput("java executable not found: " + java + " (--java)");
    }
    return java;
  }

  private Path defaultJava() {
    String home = env.getOrDefault("JAVA_HOME", System.getProperty("java.home"));
    return Path.of(home, "bin", "java");
  }

  private List<Threshold> thresholds() {
    List<Threshold> thresholds = new ArrayList<>();
    for (String spec : strings("min", List.of())) {
      try {
        thresholds.add(Threshold.parse(spec));
      } catch (IllegalArgumentException e) {
        throw CovrunException.badInput(e.getMessage());
      }
    }
    return thresholds;
  }

  private boolean enableAssertions() {
    Sourced<String> given = pickString("enable-assertions");
    return given == null || Boolean.parseBoolean(given.value());
  }

  private GroupRules groups() {
    try {
      return GroupRules.parse(strings("group", List.of()));
    } catch (IllegalArgumentException e) {
      throw CovrunException.badInput(e.getMessage());
    }
  }

  private Shard shard() {
    Sourced<String> given = pickString("shard");
    try {
      return given == null ? Shard.WHOLE : Shard.parse(given.value());
    } catch (IllegalArgumentException e) {
      throw CovrunException.badInput(e.getMessage());
    }
  }

  /** Worksteal by default on one machine; a shard runs the plan's fixed chunks. */
  private WorkPolicy work() {
    Shard shard = shard();
    Sourced<String> given = pickString("dist");
    try {
      Distribution distribution =
          given == null
              ? (shard.isWhole() ? Distribution.WORKSTEAL : Distribution.STATIC)
              : Distribution.parse(given.value());
      if (distribution == Distribution.WORKSTEAL && !shard.isWhole()) {
        throw new IllegalArgumentException(
            "--dist worksteal cannot run shard " + shard + ": shards run the plan's fixed chunks"
                + " (--dist static)");
      }
      return new WorkPolicy(
          distribution, duration("unit-timeout"), duration("timeout"), rerunFailures(), flag("fail-fast"));
    } catch (IllegalArgumentException e) {
      throw CovrunException.badInput(e.getMessage());
    }
  }

  private Optional<Duration> duration(String key) {
    Sourced<String> given = pickString(key);
    return given == null ? Optional.empty() : Optional.of(RunDuration.parse(given.value(), "--" + key));
  }

  private int rerunFailures() {
    Sourced<String> given = pickString("rerun-failures");
    if (given == null) {
      return 0;
    }
    try {
      int times = Integer.parseInt(given.value().trim());
      if (times >= 0) {
        return times;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new IllegalArgumentException(
        "invalid --rerun-failures '" + given.value() + "': expected a whole number of at least 0");
  }

  private boolean flag(String key) {
    Sourced<String> given = pickString(key);
    return given != null && Boolean.parseBoolean(given.value());
  }

  private List<String> strings(String key, List<String> fallback) {
    Sourced<List<String>> given = pickList(key);
    return given == null ? fallback : List.copyOf(given.value());
  }

  private Sourced<String> pickString(String key) {
    Sourced<Settings> from = pick(key);
    return from == null ? null : new Sourced<>(from.value().string(key), from.base());
  }

  private Sourced<List<String>> pickList(String key) {
    Sourced<Settings> from = pick(key);
    return from == null ? null : new Sourced<>(from.value().list(key), from.base());
  }

  /** The settings that give this key, flags first, with the directory their paths are relative to. */
  private Sourced<Settings> pick(String key) {
    return Settings.firstGiving(key, flags, file)
        .map(from -> new Sourced<>(from, from == flags ? flagBase : fileBase))
        .orElse(null);
  }

  private record Sourced<T>(T value, Path base) {}
}
