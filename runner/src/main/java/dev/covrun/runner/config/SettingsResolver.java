package dev.covrun.runner.config;

import dev.covrun.report.Threshold;
import dev.covrun.runner.CovrunException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
        existingRoots("tests", Settings::tests, "target/test-classes", "test classes directory or jar"),
        existingRoots("classes", Settings::classes, "target/classes", "classes directory or jar"),
        existingRoots("sources", Settings::sources, null, "sources directory"),
        strings(Settings::include, RunConfig.DEFAULT_INCLUDES),
        strings(Settings::exclude, List.of()),
        templateDb(),
        path("out", Settings::out, "target/covrun"),
        java(),
        strings(Settings::jvmArgs, List.of()),
        workdir,
        thresholds(),
        enableAssertions());
  }

  int chunks() {
    if (flags.chunks() != null) {
      return parseChunks(flags.chunks(), "--chunks");
    }
    String fromEnv = env.get("COVRUN_CHUNKS");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return parseChunks(fromEnv, "COVRUN_CHUNKS");
    }
    return file.chunks() == null ? 1 : parseChunks(file.chunks(), "chunks in covrun.yaml");
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
    Sourced<String> given = pick(Settings::classpath);
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

  private List<Path> existingRoots(
      String key, Function<Settings, List<String>> field, String fallback, String what) {
    Sourced<List<String>> given = pick(field);
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

  private Optional<Path> templateDb() {
    Sourced<String> given = pick(Settings::templateDb);
    if (given == null) {
      return Optional.empty();
    }
    Path template = given.base().resolve(given.value()).normalize();
    if (!Files.exists(template)) {
      throw CovrunException.badInput("template database not found: " + template);
    }
    return Optional.of(template);
  }

  private Path path(String key, Function<Settings, String> field, String fallback) {
    Sourced<String> given = pick(field);
    return given == null
        ? fileBase.resolve(fallback)
        : given.base().resolve(given.value()).normalize();
  }

  private Path java() {
    Sourced<String> given = pick(Settings::java);
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
    for (String spec : strings(Settings::min, List.of())) {
      try {
        thresholds.add(Threshold.parse(spec));
      } catch (IllegalArgumentException e) {
        throw CovrunException.badInput(e.getMessage());
      }
    }
    return thresholds;
  }

  private boolean enableAssertions() {
    Sourced<Boolean> given = pick(Settings::enableAssertions);
    return given == null || given.value();
  }

  private List<String> strings(Function<Settings, List<String>> field, List<String> fallback) {
    Sourced<List<String>> given = pick(field);
    return given == null ? fallback : List.copyOf(given.value());
  }

  private <T> Sourced<T> pick(Function<Settings, T> field) {
    T fromFlags = field.apply(flags);
    if (fromFlags != null) {
      return new Sourced<>(fromFlags, flagBase);
    }
    T fromFile = field.apply(file);
    return fromFile == null ? null : new Sourced<>(fromFile, fileBase);
  }

  private record Sourced<T>(T value, Path base) {}
}
