package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkProcess;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ends a test JVM and everything it started: its child processes first (found while the JVM still
 * lives, before they are orphaned), then SIGTERM so the worker's shutdown hook writes the coverage
 * of the unit in flight, then SIGKILL if it is still there after a grace period. Never {@code
 * Runtime.halt}: the JVM ends through its shutdown hooks whenever it can.
 */
final class JvmKiller {
  private final Duration grace;

  JvmKiller(Duration grace) {
    this.grace = grace;
  }

  /** Kills and waits for the JVM to be gone; never throws. */
  void kill(ChunkProcess process) {
    process.handle().ifPresent(this::kill);
  }

  private void kill(ProcessHandle jvm) {
    List<ProcessHandle> children = jvm.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    jvm.destroy();
    if (!exited(jvm, grace)) {
      jvm.descendants().forEach(ProcessHandle::destroyForcibly);
      jvm.destroyForcibly();
      exited(jvm, grace);
    }
    children.forEach(child -> exited(child, Duration.ofSeconds(5)));
  }

  private static boolean exited(ProcessHandle process, Duration limit) {
    try {
      process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException | ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
