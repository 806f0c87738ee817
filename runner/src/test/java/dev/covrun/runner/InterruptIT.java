package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (what CI sends, and what Ctrl-C amounts to) to a covrun started as users start it. */
class InterruptIT {
  private static final Path SCRIPT = FixtureSuite.ROOT.resolve("../scripts/covrun").normalize();

  @TempDir Path dir;

  @Test
  void should_stop_every_test_jvm_and_report_what_ran_when_terminated() throws Exception {
    Path out = dir.resolve("out");
    Path faults = dir.resolve("faults");
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(FixtureSuite.withFaults(out, 2));
    command.addAll(List.of("--exclude", "**/failing/**", "--include", "**/*Test", "--include", "**/faults/HangFault"));
    command.add("--jvm-arg=-Dcovrun.faults.dir=" + faults);
    Path log = dir.resolve("covrun.log");
    Process covrun = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitHang(faults, covrun);
      covrun.destroy();
      assertTrue(covrun.waitFor(2, TimeUnit.MINUTES), "covrun ends after SIGTERM");
    } finally {
      covrun.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(143, covrun.exitValue(), output);
    assertTrue(output.contains("covrun: interrupted: stopping the test JVMs"), output);
    assertEquals(List.of(), TestJvms.runningUnder(out));
    assertEquals(List.of(), TestJvms.liveChildren(faults));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(3, summary.get("exitCode").asInt());
    assertTrue(summary.get("problems").toString().contains("covrun was interrupted"), summary.toString());
    assertTrue(Files.size(out.resolve("merged.exec")) > 0, "coverage of the units that ran is kept");
    assertTrue(Files.isRegularFile(out.resolve("jacoco.xml")));
  }

  /** Waits until the hang fault runs, i.e. its child process's pid file appears. */
  private static void awaitHang(Path faults, Process covrun) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (TestJvms.liveChildren(faults).isEmpty()) {
      assertFalse(System.nanoTime() > deadline, "the hang fault never started");
      assertTrue(covrun.isAlive(), "covrun ended before the hang fault started");
      Thread.sleep(200);
    }
  }
}
