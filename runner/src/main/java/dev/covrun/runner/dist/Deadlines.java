package dev.covrun.runner.dist;

import dev.covrun.runner.config.RunDuration;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Checks a few times a second whether a unit ran past --unit-timeout or the run past --timeout. */
final class Deadlines implements AutoCloseable {
  private static final long PERIOD_MILLIS = 200;

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "covrun-deadlines");
            thread.setDaemon(true);
            return thread;
          });
  private final WorkerPool pool;
  private final Optional<Duration> runTimeout;
  private final long startNanos = System.nanoTime();

  private Deadlines(WorkerPool pool, Optional<Duration> runTimeout) {
    this.pool = pool;
    this.runTimeout = runTimeout;
  }

  static Deadlines start(WorkerPool pool, Optional<Duration> runTimeout) {
    Deadlines deadlines = new Deadlines(pool, runTimeout);
    deadlines.timer.scheduleWithFixedDelay(deadlines::check, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    return deadlines;
  }

  private void check() {
    long now = System.nanoTime();
    if (runTimeout.isPresent() && now - startNanos > runTimeout.get().toNanos()) {
      pool.stop("the run exceeded --timeout " + RunDuration.format(runTimeout.get()), true);
    }
    pool.killOverdue(now);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
