package dev.covrun.runner.dist;

/**
 * One run of one unit in one worker JVM, and how it ended; {@code detail} says it in words for
 * problems and reports, e.g. "worker 2 exited with 137 while running it".
 */
public record Attempt(
    String unit, int worker, Result result, long millis, int tests, int failed, int skipped, String detail) {

  /** How an attempt ended. */
  public enum Result {
    /** Every test passed (or was skipped). */
    PASSED,
    /** A test or container failed; the JVM carried on. */
    FAILED,
    /** The JVM died while running the unit: System.exit, a signal, OutOfMemoryError, a native crash. */
    CRASHED,
    /** The unit ran longer than --unit-timeout; covrun killed its JVM. */
    TIMED_OUT,
    /** covrun killed the JVM because the whole run hit --timeout or was interrupted. */
    KILLED;

    /** Whether the unit broke its JVM, so it counts as incomplete unless a retry passes. */
    public boolean brokeJvm() {
      return this == CRASHED || this == TIMED_OUT;
    }
  }
}
