package dev.covrun.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import dev.covrun.runner.db.PostgresTemplate;
import dev.covrun.runner.db.PostgresUrl;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsResolverTest {
  @TempDir Path project;
  private Path cwd;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(project.resolve("target/test-classes"));
    Files.createDirectories(project.resolve("target/classes"));
    cwd = Files.createDirectories(project.resolve("elsewhere"));
  }

  private RunConfig resolve(Settings flags, Settings file, Map<String, String> env) {
    return new SettingsResolver(flags, cwd, file, project, env).resolve(project);
  }

  private static Settings chunks(String value) {
    return Settings.of("chunks", value);
  }

  @Test
  void should_default_to_one_chunk_and_maven_layout() {
    RunConfig config = resolve(Settings.none(), Settings.none(), Map.of());
    assertEquals(1, config.chunks());
    assertEquals(List.of(project.resolve("target/test-classes")), config.tests());
    assertEquals(List.of(project.resolve("target/classes")), config.classes());
    assertEquals(project.resolve("target/covrun"), config.out());
    assertTrue(config.enableAssertions());
    assertEquals(RunConfig.DEFAULT_INCLUDES, config.include());
  }

  @Test
  void should_let_flag_beat_env_and_env_beat_file() {
    assertEquals(3, resolve(chunks("3"), chunks("2"), Map.of("COVRUN_CHUNKS", "5")).chunks());
    assertEquals(5, resolve(Settings.none(), chunks("2"), Map.of("COVRUN_CHUNKS", "5")).chunks());
    assertEquals(2, resolve(Settings.none(), chunks("2"), Map.of()).chunks());
  }

  @Test
  void should_reject_bad_chunk_values_naming_them() {
    assertEquals(
        "invalid --chunks 'abc': expected a whole number of at least 1",
        badInput(() -> resolve(chunks("abc"), Settings.none(), Map.of())));
    assertEquals(
        "invalid --chunks '0': expected a whole number of at least 1",
        badInput(() -> resolve(chunks("0"), Settings.none(), Map.of())));
    assertEquals(
        "invalid COVRUN_CHUNKS 'x2': expected a whole number of at least 1",
        badInput(() -> resolve(Settings.none(), Settings.none(), Map.of("COVRUN_CHUNKS", "x2"))));
  }

  @Test
  void should_resolve_flag_paths_against_cwd_and_file_paths_against_the_file() throws IOException {
    Files.createDirectories(cwd.resolve("flagged"));
    Settings flags = Settings.of("tests", List.of("flagged"), "out", "out");
    Settings file = Settings.of("classes", List.of("target/classes"), "out", "ignored");
    RunConfig config = resolve(flags, file, Map.of());
    assertEquals(List.of(cwd.resolve("flagged")), config.tests());
    assertEquals(List.of(project.resolve("target/classes")), config.classes());
    assertEquals(cwd.resolve("out"), config.out());
  }

  @Test
  void should_read_classpath_from_an_at_file() throws IOException {
    Path list = project.resolve("cp.txt");
    Files.writeString(list, "/libs/a.jar" + File.pathSeparator + "lib/b.jar\n");
    Settings file = Settings.of("classpath", "@cp.txt");
    RunConfig config = resolve(Settings.none(), file, Map.of());
    assertEquals(List.of(Path.of("/libs/a.jar"), project.resolve("lib/b.jar")), config.classpath());
    assertEquals(
        List.of(project.resolve("target/test-classes"), project.resolve("target/classes"), Path.of("/libs/a.jar"), project.resolve("lib/b.jar")),
        config.testClasspath());
  }

  @Test
  void should_name_a_missing_classes_dir() {
    Settings flags = Settings.of("classes", List.of("nope"));
    assertEquals(
        "classes directory or jar not found: " + cwd.resolve("nope") + " (--classes)",
        badInput(() -> resolve(flags, Settings.none(), Map.of())));
  }

  @Test
  void should_name_a_missing_template_db_and_classpath_file() {
    Settings db = Settings.of("template-db", "missing.db");
    assertEquals(
        "template database not found: " + cwd.resolve("missing.db"),
        badInput(() -> resolve(db, Settings.none(), Map.of())));
    Settings cp = Settings.of("classpath", "@nothere.txt");
    assertEquals(
        "cannot read classpath file " + cwd.resolve("nothere.txt"),
        badInput(() -> resolve(cp, Settings.none(), Map.of())));
  }

  @Test
  void should_default_timings_to_the_project_and_parse_shards_and_groups() {
    RunConfig config = resolve(Settings.of("shard", "2/4", "group", List.of("db=**/db/**")), Settings.none(), Map.of());
    assertEquals(project.resolve(".covrun/timings.json"), config.timings());
    assertEquals("2/4", config.shard().toString());
    assertEquals(1, config.groups().rules().size());
    assertEquals("invalid --shard '5/4': expected I/N with 1 <= I <= N, e.g. 2/4",
        badInput(() -> resolve(Settings.of("shard", "5/4"), Settings.none(), Map.of())));
    assertEquals("invalid --group 'db': expected NAME=GLOB, e.g. db=**/db/**",
        badInput(() -> resolve(Settings.of("group", "db"), Settings.none(), Map.of())));
  }

  @Test
  void should_read_a_postgresql_template_url_and_keep_db_from_the_file() {
    Settings file =
        Settings.of("template-db", "postgresql://ci@db:5433/shop", "keep-db", "true");
    RunConfig config = resolve(Settings.none(), file, Map.of("PGPASSWORD", "s3cret"));
    PostgresTemplate template = (PostgresTemplate) config.templateDb().orElseThrow();
    assertEquals(new PostgresUrl("ci", "db", 5433, "shop", ""), template.url());
    assertTrue(template.password().isPresent());
    assertTrue(config.keepDb());
    assertFalse(resolve(Settings.none(), Settings.none(), Map.of()).keepDb());
  }

  @Test
  void should_parse_minimums_and_reject_bad_ones() {
    Settings good = Settings.of("min", List.of("LINE=97%", "BRANCH=0.5"), "enable-assertions", false);
    RunConfig config = resolve(good, Settings.none(), Map.of());
    assertEquals(2, config.thresholds().size());
    assertFalse(config.enableAssertions());
    Settings bad = Settings.of("min", List.of("LINES=0.5"));
    assertTrue(badInput(() -> resolve(bad, Settings.none(), Map.of())).contains("LINES"));
  }

  private static String badInput(org.junit.jupiter.api.function.Executable action) {
    CovrunException e = assertThrows(CovrunException.class, action);
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    return e.getMessage();
  }

  @Test
  void should_resolve_a_features_directory_relative_to_its_source_and_cucumber_properties() throws IOException {
    Files.createDirectories(project.resolve("src/test/resources/features"));
    Settings file =
        Settings.of(
            "features", "src/test/resources/features",
            "cucumber-property", List.of("cucumber.glue=org.acme.steps", "cucumber.filter.tags=not @wip"));

    RunConfig config = resolve(Settings.none(), file, Map.of());

    assertEquals(
        java.util.Optional.of(new dev.covrun.runner.discovery.FeatureLocation.Directory(project.resolve("src/test/resources/features"))),
        config.features());
    assertEquals(
        Map.of("cucumber.glue", "org.acme.steps", "cucumber.filter.tags", "not @wip"), config.cucumberProperties());
  }

  @Test
  void should_have_no_features_unless_given() {
    RunConfig config = resolve(Settings.none(), Settings.none(), Map.of());
    assertEquals(java.util.Optional.empty(), config.features());
    assertEquals(Map.of(), config.cucumberProperties());
  }

  @Test
  void should_name_a_missing_features_directory() {
    CovrunException e =
        assertThrows(CovrunException.class, () -> resolve(Settings.of("features", "nope"), Settings.none(), Map.of()));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals("features directory not found: " + cwd.resolve("nope") + " (--features)", e.getMessage());
  }

  @Test
  void should_reject_a_cucumber_property_without_a_key() {
    CovrunException e =
        assertThrows(
            CovrunException.class,
            () -> resolve(Settings.of("cucumber-property", List.of("glue")), Settings.none(), Map.of()));
    assertEquals(
        "invalid --cucumber-property 'glue': expected KEY=VALUE, e.g. cucumber.glue=org.acme.steps", e.getMessage());
  }
}
