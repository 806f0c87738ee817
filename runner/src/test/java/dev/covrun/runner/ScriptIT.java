package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI, started the way users start it: scripts/covrun in its own JVM. */
class ScriptIT {
  private static final Path SCRIPT = FixtureSuite.ROOT.resolve("../scripts/covrun").normalize();

  @TempDir Path dir;

  @Test
  void should_run_the_fixture_suite_through_the_launcher_script() throws Exception {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(FixtureSuite.options(dir.resolve("out"), 2));
    command.addAll(List.of("--exclude", "**/failing/**", "--min", "INSTRUCTION=10%"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("INSTRUCTION"), output);
    assertTrue(output.contains("passed"), output);
  }

  @Test
  void should_exit_4_from_the_script_on_bad_input() throws Exception {
    Process process =
        new ProcessBuilder(SCRIPT.toString(), "--chunks", "0", "--workdir", dir.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    assertEquals(4, process.exitValue(), output);
    assertEquals("covrun: invalid --chunks '0': expected a whole number of at least 1", output.strip());
  }
}
