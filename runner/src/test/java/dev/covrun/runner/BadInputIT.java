package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends with exit 4 and one line naming the bad value, before any JVM starts. */
class BadInputIT {
  @TempDir Path dir;

  private FixtureSuite.Result run(Map<String, String> env, String... replacements) {
    List<String> args = new ArrayList<>(FixtureSuite.options(dir.resolve("out"), 2));
    for (int i = 0; i < replacements.length; i += 2) {
      int at = args.indexOf(replacements[i]);
      if (at < 0) {
        args.add(replacements[i]);
        args.add(replacements[i + 1]);
      } else {
        args.set(at + 1, replacements[i + 1]);
      }
    }
    return FixtureSuite.covrun(dir, env, args);
  }

  private static void assertOneLine(FixtureSuite.Result result, String expected) {
    assertEquals(4, result.exitCode(), result.out() + result.err());
    assertEquals("covrun: " + expected, result.err().strip());
  }

  @Test
  void should_name_a_missing_classes_dir() {
    Path missing = dir.resolve("no-classes");
    assertOneLine(run(Map.of(), "--classes", missing.toString()),
        "classes directory or jar not found: " + missing + " (--classes)");
  }

  @Test
  void should_reject_zero_chunks() {
    assertOneLine(run(Map.of(), "--chunks", "0"), "invalid --chunks '0': expected a whole number of at least 1");
  }

  @Test
  void should_reject_non_numeric_chunks() {
    assertOneLine(run(Map.of(), "--chunks", "abc"), "invalid --chunks 'abc': expected a whole number of at least 1");
  }

  @Test
  void should_reject_a_bad_covrun_chunks_variable() {
    List<String> args = new ArrayList<>(FixtureSuite.options(dir.resolve("out"), 2));
    args.subList(0, 2).clear();
    assertOneLine(FixtureSuite.covrun(dir, Map.of("COVRUN_CHUNKS", "many"), args),
        "invalid COVRUN_CHUNKS 'many': expected a whole number of at least 1");
  }

  @Test
  void should_reject_an_unknown_distribution() {
    assertOneLine(run(Map.of(), "--dist", "round-robin"), "invalid --dist 'round-robin': expected worksteal or static");
  }

  @Test
  void should_reject_a_unit_timeout_without_a_unit() {
    assertOneLine(
        run(Map.of(), "--unit-timeout", "90"), "invalid --unit-timeout '90': expected a duration such as 90s, 5m or 1h");
  }

  @Test
  void should_name_a_missing_template_db() {
    Path missing = dir.resolve("gone.db");
    assertOneLine(run(Map.of(), "--template-db", missing.toString()), "template database not found: " + missing);
  }

  @Test
  void should_name_an_unreadable_config_file() throws Exception {
    Path config = Files.writeString(dir.resolve("covrun.yaml"), "chunks: 2\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(config)) {
      // root reads anything; make it unreadable as YAML instead
      Files.writeString(config, "chunks: [2\n");
      FixtureSuite.Result result = run(Map.of(), "--config", config.toString());
      assertEquals(4, result.exitCode());
      assertEquals(1, result.err().strip().lines().count(), result.err());
      assertEquals(true, result.err().startsWith("covrun: invalid config file " + config), result.err());
      return;
    }
    assertOneLine(run(Map.of(), "--config", config.toString()), "cannot read config file " + config);
  }

  @Test
  void should_name_an_unknown_key_in_the_config_file() throws Exception {
    Path config = Files.writeString(dir.resolve("covrun.yaml"), "chunks: 2\ntemplate: x.db\n");
    assertOneLine(run(Map.of(), "--config", config.toString()), "unknown key 'template' in " + config + " (line 2)");
  }

  @Test
  void should_name_a_bad_minimum() {
    FixtureSuite.Result result = run(Map.of(), "--min", "LINES=0.5");
    assertEquals(4, result.exitCode());
    assertEquals(1, result.err().strip().lines().count(), result.err());
  }
}
