package dev.covrun.runner.dist;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * covrun's answer to Ctrl-C and SIGTERM, as a shutdown hook: stop handing out work, end every test
 * JVM (and its child processes), then give the run a minute to merge and report what the JVMs
 * wrote before the JVM exits. Removed again when the run ends normally.
 */
public final class RunInterruption implements AutoCloseable {
  private static final long REPORT_SECONDS = 60;

  private final Thread hook = new Thread(this::interrupted, "covrun-interrupt");
  private final CountDownLatch finished = new CountDownLatch(1);
  private final PrintWriter err;
  private Runnable action = () -> {};
  private boolean interrupted;

  private RunInterruption(PrintWriter err) {
    this.err = err;
  }

  public static RunInterruption install(PrintWriter err) {
    RunInterruption interruption = new RunInterruption(err);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  /** What stops the running work; runs at once if covrun is already being interrupted. */
  synchronized void whenInterrupted(Runnable stop) {
    action = stop;
    if (interrupted) {
      stop.run();
    }
  }

  public synchronized boolean isInterrupted() {
    return interrupted;
  }

  private void interrupted() {
    Runnable stop;
    synchronized (this) {
      interrupted = true;
      stop = action;
    }
    err.println("covrun: interrupted: stopping the test JVMs, then writing what they recorded");
    err.flush();
    stop.run();
    try {
      finished.await(REPORT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The run is done (reports written): the hook may let the JVM exit; removed if not needed. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already: the hook is running and now returns
    }
  }
}
