package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL template clones against a real server ({@code COVRUN_TEST_PG}, see {@code
 * scripts/with-postgres}): real chunk JVMs running the fixtures' {@code *PgCheck} classes.
 */
class PostgresTemplateIT {
  private static final String CHECKS = "**/pg/*PgCheck";
  private static final Path SCRIPT = FixtureSuite.ROOT.resolve("../scripts/covrun").normalize();
  private static Optional<TestPostgres> server;
  private TestPostgres pg;

  @TempDir Path dir;
  private String template;

  @BeforeAll
  static void findServer() {
    server = TestPostgres.fromEnvironment();
  }

  @BeforeEach
  void createTemplate() throws Exception {
    Assumptions.assumeTrue(server.isPresent(), TestPostgres.SKIPPED);
    pg = server.get();
    template = pg.createTemplate();
  }

  @AfterEach
  void dropTemplateAndClones() throws Exception {
    if (template != null) {
      pg.dropAll(template);
    }
  }

  private List<String> options(Path out, int chunks, String... extra) {
    List<String> args = FixtureSuite.options(out, chunks);
    args.set(args.indexOf("--template-db") + 1, pg.templateUrl(template));
    args.addAll(List.of(extra));
    return args;
  }

  private FixtureSuite.Result covrun(Map<String, String> env, List<String> args) {
    return FixtureSuite.covrun(dir, env, args);
  }

  private Map<String, String> withPassword() {
    return Map.of("PGPASSWORD", pg.password, "HOME", dir.toString());
  }

  private List<String> clones() throws Exception {
    return pg.databasesStartingWith(template + "_covrun_");
  }

  @Test
  void should_give_each_of_4_chunks_only_its_own_clone_and_drop_them_after_the_run() throws Exception {
    Path out = dir.resolve("four");
    // static: worker i runs chunk i, one check each; work stealing may hand one worker two
    FixtureSuite.Result result = covrun(withPassword(), options(out, 4, "--include", CHECKS, "--dist", "static"));
    assertEquals(0, result.exitCode(), result.out() + result.err());
    TreeSet<String> used = new TreeSet<>();
    for (int chunk = 1; chunk <= 4; chunk++) {
      String database = Files.readString(out.resolve("chunks/" + chunk + "/tmp/database.txt"));
      assertTrue(database.matches(template + "_covrun_[0-9a-f]{8}_" + chunk), database);
      used.add(database);
    }
    assertEquals(4, used.size(), "chunks shared a clone: " + used);
    assertTrue(result.out().contains("4 PostgreSQL clones of " + template + " ready in"), result.out());
    assertTrue(result.out().contains("dropped 4 PostgreSQL clones"), result.out());
    assertEquals(List.of(), clones());
    assertEquals(0, pg.count(template, "SELECT COUNT(*) FROM seen"), "the template itself was written to");
    assertFalse(Files.readString(out.resolve("chunks/1/jvm.args")).contains(pg.password));
  }

  @Test
  void should_drop_the_clones_after_a_failing_test() throws Exception {
    FixtureSuite.Result result =
        covrun(withPassword(), options(dir.resolve("failing"), 2, "--include", CHECKS, "--include", "**/pg/failing/*PgCheck"));
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("deliberate failure in a PostgreSQL clone"), result.err());
    assertEquals(List.of(), clones());
  }

  @Test
  void should_name_the_session_that_holds_the_template_open_before_any_jvm_starts() throws Exception {
    try (Connection holder = pg.connect(template, "held-open-by-it")) {
      FixtureSuite.Result result = covrun(withPassword(), options(dir.resolve("held"), 2, "--include", CHECKS));
      assertEquals(4, result.exitCode(), result.out() + result.err());
      int pid = ((org.postgresql.PGConnection) holder).getBackendPID();
      assertEquals(
          "covrun: template database '" + template + "' has 1 other open connection, and PostgreSQL"
              + " cannot clone a database in use: pid " + pid + " (user " + pg.user
              + ", application held-open-by-it, from 127.0.0.1); close it and run again",
          result.err().strip());
      assertFalse(result.out().contains("started"), result.out());
    }
    assertEquals(List.of(), clones());
  }

  @Test
  void should_refuse_a_wrong_password_without_echoing_it() throws Exception {
    String wrong = "not-the-password-" + System.nanoTime();
    Map<String, String> env = Map.of("PGPASSWORD", wrong, "HOME", dir.toString());
    FixtureSuite.Result result = covrun(env, options(dir.resolve("wrong"), 2, "--include", CHECKS));
    assertEquals(4, result.exitCode(), result.out() + result.err());
    assertEquals(
        "covrun: cannot connect to PostgreSQL at " + pg.host + ":" + pg.port + " as '" + pg.user
            + "' (database postgres): FATAL: password authentication failed for user \"" + pg.user + "\"",
        result.err().strip());
    assertFalse((result.out() + result.err()).contains(wrong));
  }

  @Test
  void should_name_a_missing_template_and_a_user_who_may_not_create_databases() throws Exception {
    List<String> missing = options(dir.resolve("missing"), 1, "--include", CHECKS);
    missing.set(missing.indexOf("--template-db") + 1, pg.templateUrl(template + "_nope"));
    FixtureSuite.Result result = covrun(withPassword(), missing);
    assertEquals(4, result.exitCode(), result.out() + result.err());
    assertEquals(
        "covrun: template database '" + template + "_nope' not found on " + pg.host + ":" + pg.port,
        result.err().strip());

    String role = template + "_user";
    pg.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'role-secret'");
    try {
      List<String> asRole = options(dir.resolve("role"), 1, "--include", CHECKS);
      asRole.set(asRole.indexOf("--template-db") + 1, pg.templateUrl(role, template));
      result = covrun(Map.of("PGPASSWORD", "role-secret", "HOME", dir.toString()), asRole);
      assertEquals(4, result.exitCode(), result.out() + result.err());
      assertEquals(
          "covrun: PostgreSQL user '" + role + "' may not create databases on " + pg.host + ":"
              + pg.port + " (grant it with: ALTER ROLE \"" + role + "\" CREATEDB)",
          result.err().strip());
    } finally {
      pg.execute("DROP ROLE " + role);
    }
  }

  @Test
  void should_drop_clones_on_sigterm_and_leave_a_sigkilled_runs_clones_to_the_next_run() throws Exception {
    Process terminated = startSlowRun(dir.resolve("term"));
    terminated.destroy();
    assertTrue(terminated.waitFor(60, TimeUnit.SECONDS));
    assertEquals(List.of(), clones(), "SIGTERM: the shutdown hook drops the clones");

    Process killed = startSlowRun(dir.resolve("kill"));
    List<ProcessHandle> jvms = killed.descendants().toList();
    killed.destroyForcibly();
    assertTrue(killed.waitFor(60, TimeUnit.SECONDS));
    jvms.forEach(ProcessHandle::destroyForcibly);
    List<String> stale = clones();
    assertEquals(1, stale.size(), "SIGKILL: nothing could drop " + stale);

    try (Connection liveRun = pg.connect("postgres", "covrun-it-live-run")) {
      String liveClone = template + "_covrun_0abcdef0_1";
      try (PreparedStatement lock = liveRun.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
        lock.setInt(1, 0x636f7672);
        lock.setInt(2, 0x0abcdef0);
        lock.execute();
      }
      pg.execute("CREATE DATABASE " + liveClone + " TEMPLATE " + template);
      pg.execute("CREATE DATABASE " + template + "_covrun_backup TEMPLATE " + template);

      FixtureSuite.Result next =
          covrun(withPassword(), options(dir.resolve("next"), 2, "--include", CHECKS, "--keep-db"));
      assertEquals(0, next.exitCode(), next.out() + next.err());
      String staleRun = stale.get(0).replaceAll(".*_covrun_([0-9a-f]{8})_1", "$1");
      assertTrue(
          next.out().contains(
              "dropped 1 PostgreSQL clone left by covrun run " + staleRun
                  + ", which is no longer running: " + stale.get(0)),
          next.out());
      List<String> remaining = clones();
      assertFalse(remaining.contains(stale.get(0)));
      assertTrue(remaining.contains(liveClone), "a live run's clone was dropped: " + remaining);
      assertTrue(remaining.contains(template + "_covrun_backup"), "not covrun's, yet dropped: " + remaining);
      assertEquals(4, remaining.size(), "2 kept clones + live run's + backup: " + remaining);
      assertTrue(next.out().contains("kept PostgreSQL clones (--keep-db)"), next.out());
      for (String name : remaining) {
        if (!name.equals(liveClone) && !name.endsWith("_backup")) {
          assertTrue(next.out().contains(name), "kept clone not named: " + name);
        }
      }
    }
  }

  /** Starts covrun as its own process on the two-minute check; returns once its clone is in use. */
  private Process startSlowRun(Path out) throws Exception {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(options(out, 1, "--include", "**/pg/slow/*PgCheck"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
    Map<String, String> env = new HashMap<>(builder.environment());
    env.put("PGPASSWORD", pg.password);
    builder.environment().putAll(env);
    Process process = builder.start();
    Path inUse = out.resolve("chunks/1/tmp/database.txt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.exists(inUse)) {
      assertTrue(process.isAlive(), Files.readString(dir.resolve(out.getFileName() + ".log"), StandardCharsets.UTF_8));
      assertTrue(System.nanoTime() < deadline, "the slow check never connected to its clone");
      Thread.sleep(100);
    }
    return process;
  }
}
