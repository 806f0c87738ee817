package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), Map.of(), dir, args);
  }

  @Test
  void should_treat_options_without_subcommand_as_run() {
    assertArrayEquals(new String[] {"run", "--chunks", "4"}, Main.withDefaultCommand("--chunks", "4"));
    assertArrayEquals(new String[] {"run"}, Main.withDefaultCommand());
    assertArrayEquals(new String[] {"merge", "a.exec"}, Main.withDefaultCommand("merge", "a.exec"));
  }

  @Test
  void should_list_subcommands_and_exit_codes_in_help() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("merge"), out.toString());
    assertTrue(out.toString().contains("3  incomplete run"), out.toString());
  }

  @Test
  void should_explain_every_run_option_in_help() {
    assertEquals(0, run("run", "--help"));
    for (String option : new String[] {"--chunks", "--classpath", "--tests", "--classes", "--sources", "--include", "--exclude", "--template-db", "--out", "--java", "--jvm-arg", "--min", "--workdir", "--config", "--[no-]enable-assertions"}) {
      assertTrue(out.toString().contains(option), option);
    }
  }

  @Test
  void should_explain_the_chunk_and_worker_variables_in_help() {
    String help = runHelp();
    assertTrue(help.contains("COVRUN_CHUNK (its chunk, 1 to COVRUN_CHUNKS"), help);
    assertTrue(help.contains("COVRUN_WORKER (unique in the run"), help);
    assertTrue(help.contains("covrun.worker"), help);
  }

  @Test
  void should_explain_the_template_db_kinds_and_keep_db_in_help() {
    String help = runHelp();
    assertTrue(help.contains("//USER@HOST:PORT/TEMPLATE"), help);
    assertTrue(help.contains("--keep-db"), help);
    assertTrue(help.contains("COVRUN_DB_URL"), help);
  }

  /** `covrun run --help`, whitespace folded so wrapped lines read as one. */
  private String runHelp() {
    assertEquals(0, run("run", "--help"));
    return out.toString().replaceAll("\\s+", " ");
  }

  @Test
  void should_exit_4_without_echoing_a_password_written_into_the_template_url() {
    List<String> args = FixtureSuite.options(dir.resolve("out"), 2);
    args.set(args.indexOf("--template-db") + 1, "postgresql://ci:s3cret@localhost/shop");
    assertEquals(4, run(args.toArray(String[]::new)));
    assertEquals(
        "covrun: --template-db must not contain a password: put it in PGPASSWORD or ~/.pgpass",
        err.toString().strip());
  }

  @Test
  void should_exit_4_naming_the_server_when_postgresql_is_unreachable() throws Exception {
    int port;
    try (ServerSocket unused = new ServerSocket(0)) {
      port = unused.getLocalPort();
    }
    List<String> args = FixtureSuite.options(dir.resolve("out"), 2);
    args.set(args.indexOf("--template-db") + 1, "postgresql://ci@127.0.0.1:" + port + "/shop");
    assertEquals(4, run(args.toArray(String[]::new)));
    assertTrue(
        err.toString().startsWith(
            "covrun: cannot connect to PostgreSQL at 127.0.0.1:" + port + " as 'ci' (database postgres): "),
        err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertFalse(out.toString().contains("started"), "no JVM may start: " + out);
  }

  @Test
  void should_exit_4_on_an_unknown_option() {
    assertEquals(4, run("--chunkz", "2"));
    assertTrue(err.toString().startsWith("covrun: Unknown option"), err.toString());
  }

  @Test
  void should_exit_4_on_a_bad_chunk_count() {
    assertEquals(4, run("--chunks", "abc"));
    assertEquals("covrun: invalid --chunks 'abc': expected a whole number of at least 1", err.toString().strip());
  }

  @Test
  void should_exit_4_when_a_merge_input_is_missing() {
    assertEquals(4, run("merge", "missing.exec", "--out", "m.exec"));
    assertTrue(err.toString().contains("missing.exec"), err.toString());
  }
}
