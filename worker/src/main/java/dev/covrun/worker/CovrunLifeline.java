package dev.covrun.worker;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Ends a worker JVM whose covrun is gone (SIGKILLed, OOM-killed, or the only process a CI runner
 * killed), so a unit that hangs cannot keep it alive forever. covrun's JVM is the worker's parent
 * process. When it ends, the worker kills its own child processes (as covrun does before it kills a
 * worker), says why on stderr and exits with {@link WorkerExit#COVRUN_GONE} through its shutdown
 * hooks, which write the coverage of the unit in flight; the finished units are on disk already.
 */
final class CovrunLifeline {
  /** How long the shutdown hooks get before the JVM is halted. */
  static final Duration HALT_AFTER = Duration.ofSeconds(10);

  /** Ends the JVM: the real one with {@code System.exit} and {@code Runtime.halt}. */
  interface JvmEnd {
    /** Kills this JVM's child processes, then exits through the shutdown hooks. */
    void exit(int status);

    /** Ends the JVM without waiting for the shutdown hooks any longer. */
    void halt(int status);
  }

  private static final JvmEnd SYSTEM =
      new JvmEnd() {
        @Override
        public void exit(int status) {
          ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
          System.exit(status);
        }

        @Override
        public void halt(int status) {
          Runtime.getRuntime().halt(status);
        }
      };

  private final PrintStream err;
  private final JvmEnd end;
  private final Duration haltAfter;

  CovrunLifeline(PrintStream err, JvmEnd end, Duration haltAfter) {
    this.err = err;
    this.end = end;
    this.haltAfter = haltAfter;
  }

  /**
   * Watches this JVM's parent, covrun's JVM, from a daemon thread. Only a worker covrun started
   * ({@code --connect}) may call this: a worker rerun by hand has a shell for a parent.
   */
  static void watchParent(PrintStream err) {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            covrun ->
                new CovrunLifeline(err, SYSTEM, HALT_AFTER)
                    .watch(covrun.onExit(), "covrun (pid " + covrun.pid() + ") has ended"));
  }

  /** Ends the JVM, saying {@code why}, once {@code gone} completes. */
  void watch(CompletableFuture<?> gone, String why) {
    daemon("covrun-lifeline", () -> awaitThenEnd(gone, why)).start();
  }

  private void awaitThenEnd(CompletableFuture<?> gone, String why) {
    try {
      gone.join();
    } catch (CompletionException e) {
      return; // the watch failed, which says nothing about covrun
    }
    end(why);
  }

  // The halt is armed first: a test thread may hold a lock the shutdown hooks need, or stderr's.
  private void end(String why) {
    int status = WorkerExit.COVRUN_GONE.code();
    daemon("covrun-lifeline-halt", () -> haltLater(status)).start();
    err.println("covrun-worker: " + why + ": stopping this test JVM (exit " + status + ")");
    end.exit(status);
  }

  private void haltLater(int status) {
    try {
      Thread.sleep(haltAfter.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    err.println(
        "covrun-worker: shutdown hooks still running after " + haltAfter.toSeconds() + "s: halting");
    end.halt(status);
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }
}
