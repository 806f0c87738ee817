package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL to covrun's JVM alone (the OOM killer, a CI runner killing only the top process) while
 * its worker hangs in a unit: the worker notices that covrun is gone and ends itself, keeping the
 * coverage it wrote.
 */
class CovrunKilledIT {
  private static final Path SCRIPT = FixtureSuite.ROOT.resolve("../scripts/covrun").normalize();
  private static final String HANG = "dev.covrun.fixture.faults.HangFault";
  private static final List<String> FINISHED_FIRST =
      List.of("dev.covrun.fixture.CalculatorTest", "dev.covrun.fixture.StringsTest");

  @TempDir Path dir;

  @Test
  void should_end_a_worker_hung_in_a_unit_and_keep_its_coverage_when_covrun_is_sigkilled() throws Exception {
    Path out = dir.resolve("out");
    Path faults = dir.resolve("faults");
    Path log = dir.resolve("covrun.log");
    Process covrun = new ProcessBuilder(command(out, faults)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    List<ProcessHandle> workers = List.of();
    try {
      awaitHang(faults, covrun, log);
      workers = covrun.toHandle().children().toList();
      assertEquals(1, workers.size(), "one worker JVM: " + workers);

      covrun.destroyForcibly();
      assertTrue(covrun.waitFor(10, TimeUnit.SECONDS), "covrun's JVM is gone");
      assertGoneWithin(workers.get(0), 20);
      assertNoChildLeft(faults);
    } finally {
      covrun.destroyForcibly();
      workers.forEach(ProcessHandle::destroyForcibly);
      TestJvms.liveChildren(faults).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
    assertCoverageKept(out.resolve("chunks/1/chunk.exec"));
  }

  /**
   * One worker, which runs its units in name order: the fixture suite's Calculator and Strings
   * tests, then the hang fault (package {@code faults} sorts after them).
   */
  private static List<String> command(Path out, Path faults) {
    List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
    command.addAll(FixtureSuite.withFaults(out, 1));
    command.addAll(List.of("--include", "**/CalculatorTest", "--include", "**/StringsTest", "--include", "**/faults/HangFault"));
    command.add("--jvm-arg=-Dcovrun.faults.dir=" + faults);
    return command;
  }

  /** Waits until the hang fault runs, i.e. its child process's pid file appears. */
  private static void awaitHang(Path faults, Process covrun, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (TestJvms.liveChildren(faults).isEmpty()) {
      assertFalse(System.nanoTime() > deadline, "the hang fault never started");
      assertTrue(covrun.isAlive(), () -> "covrun ended before the hang fault started: " + read(log));
      Thread.sleep(100);
    }
  }

  private static void assertGoneWithin(ProcessHandle worker, int seconds) throws Exception {
    try {
      worker.onExit().get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      fail("the worker JVM still runs " + seconds + "s after covrun was killed: " + worker.info());
    }
  }

  /** The worker killed the hang fault's child process before it exited; the child is reaped soon after. */
  private static void assertNoChildLeft(Path faults) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!TestJvms.liveChildren(faults).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(List.of(), TestJvms.liveChildren(faults), "the hung test's child process");
  }

  /**
   * The units finished before the hang kept their sessions and hits; the hung unit's session is
   * there too, written by the shutdown hook: the worker exited through its hooks, not a halt.
   */
  private static void assertCoverageKept(Path exec) throws Exception {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(exec.toFile());
    List<String> sessions = loader.getSessionInfoStore().getInfos().stream().map(SessionInfo::getId).toList();
    List<String> expected = new ArrayList<>(FINISHED_FIRST);
    expected.add(HANG);
    assertTrue(sessions.containsAll(expected), "sessions in " + exec + ": " + sessions);
    for (String covered : List.of("dev/covrun/fixture/Calculator", "dev/covrun/fixture/Strings")) {
      assertTrue(
          loader.getExecutionDataStore().getContents().stream()
              .filter(data -> data.getName().equals(covered))
              .anyMatch(ExecutionData::hasHits),
          covered + " covered");
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
