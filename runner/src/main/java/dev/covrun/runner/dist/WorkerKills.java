package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkProcess;
import dev.covrun.runner.chunk.RunLayout;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Kills worker JVMs, each on its own thread so a slow thread dump or a JVM that ignores SIGTERM
 * holds up nothing else: the thread dump first when a time limit was hit, then the JVM and its
 * child processes.
 */
final class WorkerKills {
  private final JvmKiller killer;
  private final ThreadDump threadDump;
  private final RunLayout layout;
  private final PrintWriter err;

  WorkerKills(JvmKiller killer, ThreadDump threadDump, RunLayout layout, PrintWriter err) {
    this.killer = killer;
    this.threadDump = threadDump;
    this.layout = layout;
    this.err = err;
  }

  /** Starts killing worker {@code number}; {@code reason} is e.g. "killed after exceeding --unit-timeout 3s". */
  void later(int number, ChunkProcess process, Optional<String> unit, String reason, boolean dumpThreads) {
    Thread thread =
        new Thread(() -> kill(number, process, unit, reason, dumpThreads), "covrun-kill-" + number);
    thread.setDaemon(true);
    thread.start();
  }

  /** Kills at once and waits for the JVM to be gone. */
  void now(ChunkProcess process) {
    killer.kill(process);
  }

  private void kill(int number, ChunkProcess process, Optional<String> unit, String reason, boolean dumpThreads) {
    if (dumpThreads) {
      err.printf(
          "covrun: worker %d%s %s: thread dump in %s%n",
          number, unit.map(u -> " (" + u + ")").orElse(""), reason, layout.chunkStdout(number));
      err.flush();
      threadDump.into(process, "worker " + number + unit.map(u -> " running " + u).orElse("") + " " + reason);
    }
    killer.kill(process);
  }
}
