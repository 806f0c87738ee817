package dev.covrun.runner.chunk;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints one progress line while chunks run: how many finished and how many tests ran. Only
 * when something changed, and at most every few seconds, so CI logs are not flooded.
 */
public final class ProgressMonitor implements AutoCloseable {
  private final RunLayout layout;
  private final List<Integer> chunkNumbers;
  private final List<ChunkProcess> processes;
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

  private ProgressMonitor(
      RunLayout layout, List<Integer> chunkNumbers, List<ChunkProcess> processes, PrintWriter out) {
    this.layout = layout;
    this.chunkNumbers = chunkNumbers;
    this.processes = processes;
    this.out = out;
  }

  /** Starts printing every {@code periodSeconds} until closed. */
  public static ProgressMonitor start(
      RunLayout layout,
      List<Integer> chunkNumbers,
      List<ChunkProcess> processes,
      PrintWriter out,
      long periodSeconds) {
    ProgressMonitor monitor = new ProgressMonitor(layout, chunkNumbers, processes, out);
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
    for (int i = 0; i < processes.size(); i++) {
      finished += processes.get(i).hasEnded() ? 1 : 0;
      ChunkEvents events = ChunkEvents.read(layout.chunkEvents(chunkNumbers.get(i)));
      tests += events.testsRun();
      failed += events.failures().size();
    }
    return String.format(
        "chunks finished %d/%d, tests run %d, failed %d", finished, processes.size(), tests, failed);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
