package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerProcessTest {
  @TempDir Path dir;

  @Test
  void should_exit_1_from_a_real_jvm_started_with_an_argfile_when_a_test_fails()
      throws IOException, InterruptedException {
    WorkerHarness paths = new WorkerHarness(dir);
    Files.writeString(paths.units, WorkerHarness.sample("FailingSample") + "\n");
    Path argfile = dir.resolve("worker.args");
    Files.write(argfile, argfileLines(paths), StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    Process process = new ProcessBuilder(java, "@" + argfile).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));

    assertEquals(1, process.exitValue(), output);
    List<String> events = paths.events();
    assertTrue(events.get(1).startsWith("TEST\tFAILED\t"), () -> String.join("\n", events));
    assertTrue(
        Files.exists(paths.reports.resolve("TEST-dev.covrun.worker.samples.FailingSample.xml")));
  }

  private static List<String> argfileLines(WorkerHarness paths) {
    return List.of(
        "-cp",
        quoted(System.getProperty("java.class.path")),
        WorkerMain.class.getName(),
        "--units",
        quoted(paths.units.toString()),
        "--events",
        quoted(paths.events.toString()),
        "--reports",
        quoted(paths.reports.toString()));
  }

  // Argfiles treat backslashes as escapes inside quotes, so Windows paths need doubling.
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\") + "\"";
  }
}
