package dev.covrun.runner.chunk;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints one progress line while test JVMs run: units run, tests run and failed (from the JVMs'
 * events files) and how many JVMs are running. Only when something changed, and at most every few
 * seconds, so CI logs are not flooded.
 */
public final class ProgressMonitor implements AutoCloseable {
  /** One test JVM as the monitor sees it: its worker number (its directory) and whether it has ended. */
  public record Jvm(int number, boolean ended) {}

  private final RunLayout layout;
  private final int units;
  private final Supplier<List<Jvm>> jvms;
  private final PrintWriter out;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "covrun-progress");
            thread.setDaemon(true);
            return thread;
          });
  private String lastLine = "";

  private ProgressMonitor(RunLayout layout, int units, Supplier<List<Jvm>> jvms, PrintWriter out) {
    this.layout = layout;
    this.units = units;
    this.jvms = jvms;
    this.out = out;
  }

  /** Starts printing every {@code periodSeconds} until closed; {@code jvms} is asked each time. */
  public static ProgressMonitor start(
      RunLayout layout, int units, Supplier<List<Jvm>> jvms, PrintWriter out, long periodSeconds) {
    ProgressMonitor monitor = new ProgressMonitor(layout, units, jvms, out);
    monitor.timer.scheduleAtFixedRate(monitor::report, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    return monitor;
  }

  synchronized void report() {
    String line = progressLine();
    if (!line.equals(lastLine)) {
      lastLine = line;
      long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
      out.printf("[covrun] %4ds  %s%n", seconds, line);
      out.flush();
    }
  }

  private String progressLine() {
    int finished = 0;
    int tests = 0;
    int failed = 0;
    int running = 0;
    for (Jvm jvm : jvms.get()) {
      ChunkEvents events = ChunkEvents.read(layout.chunkEvents(jvm.number()));
      finished += events.finished().size();
      tests += events.testsRun();
      failed += events.failures().size();
      running += jvm.ended() ? 0 : 1;
    }
    return String.format(
        "units run %d/%d, tests run %d, failed %d, test JVMs running %d",
        finished, units, tests, failed, running);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
