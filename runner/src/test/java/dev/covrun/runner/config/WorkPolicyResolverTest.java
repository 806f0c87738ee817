package dev.covrun.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import dev.covrun.runner.dist.Distribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --dist, --unit-timeout, --timeout, --rerun-failures and --fail-fast settings. */
class WorkPolicyResolverTest {
  @TempDir Path project;

  @BeforeEach
  void layout() throws IOException {
    Files.createDirectories(project.resolve("target/test-classes"));
    Files.createDirectories(project.resolve("target/classes"));
  }

  private WorkPolicy resolve(Settings flags, Settings file) {
    return new SettingsResolver(flags, project, file, project, Map.of()).resolve(project).work();
  }

  private CovrunException rejected(Settings flags) {
    CovrunException e = assertThrows(CovrunException.class, () -> resolve(flags, Settings.none()));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    return e;
  }

  @Test
  void should_default_to_worksteal_without_limits_or_reruns() {
    WorkPolicy policy = resolve(Settings.none(), Settings.none());

    assertEquals(WorkPolicy.of(Distribution.WORKSTEAL), policy);
  }

  @Test
  void should_run_a_shard_statically_by_default() {
    assertEquals(Distribution.STATIC, resolve(Settings.of("shard", "2/3"), Settings.none()).distribution());
  }

  @Test
  void should_refuse_worksteal_for_a_shard() {
    CovrunException e = rejected(Settings.of("shard", "2/3", "dist", "worksteal"));

    assertEquals(
        "--dist worksteal cannot run shard 2/3: shards run the plan's fixed chunks (--dist static)", e.getMessage());
  }

  @Test
  void should_read_every_setting_from_the_config_file_and_let_flags_win() {
    Settings file =
        Settings.of("dist", "static", "unit-timeout", "90s", "timeout", "5m", "rerun-failures", "2", "fail-fast", "true");

    WorkPolicy policy = resolve(Settings.of("dist", "worksteal"), file);

    assertEquals(
        new WorkPolicy(
            Distribution.WORKSTEAL, Optional.of(Duration.ofSeconds(90)), Optional.of(Duration.ofMinutes(5)), 2, true),
        policy);
  }

  @Test
  void should_name_a_bad_distribution() {
    assertEquals("invalid --dist 'round-robin': expected worksteal or static", rejected(Settings.of("dist", "round-robin")).getMessage());
  }

  @Test
  void should_name_a_bad_duration() {
    assertEquals(
        "invalid --unit-timeout '90': expected a duration such as 90s, 5m or 1h",
        rejected(Settings.of("unit-timeout", "90")).getMessage());
    assertEquals(
        "invalid --timeout '0s': expected a duration such as 90s, 5m or 1h",
        rejected(Settings.of("timeout", "0s")).getMessage());
  }

  @Test
  void should_name_a_negative_rerun_count() {
    assertEquals(
        "invalid --rerun-failures '-1': expected a whole number of at least 0",
        rejected(Settings.of("rerun-failures", "-1")).getMessage());
  }

  @Test
  void should_parse_durations_in_every_unit_and_print_them_back() {
    assertEquals(Duration.ofMillis(500), RunDuration.parse("500ms", "--timeout"));
    assertEquals(Duration.ofHours(1), RunDuration.parse(" 1h ", "--timeout"));
    assertEquals("90s", RunDuration.format(Duration.ofSeconds(90)));
    assertEquals("1500ms", RunDuration.format(Duration.ofMillis(1500)));
    assertTrue(RunDuration.format(Duration.ofMinutes(5)).equals("300s"));
    assertFalse(resolve(Settings.none(), Settings.none()).failFast());
  }
}
