package dev.covrun.runner.dist;

/** Attempts for tests, with the details the pool would write. */
final class Attempts {
  private Attempts() {}

  static Attempt passed(String unit, int worker) {
    return new Attempt(unit, worker, Attempt.Result.PASSED, 100, 2, 0, 0, "passed in worker " + worker);
  }

  static Attempt failed(String unit, int worker) {
    return new Attempt(unit, worker, Attempt.Result.FAILED, 100, 2, 1, 0, "failed in worker " + worker);
  }

  static Attempt crashed(String unit, int worker) {
    return new Attempt(
        unit, worker, Attempt.Result.CRASHED, 0, 0, 0, 0, "worker " + worker + " exited with 137 while running it");
  }

  static Attempt timedOut(String unit, int worker) {
    return new Attempt(
        unit, worker, Attempt.Result.TIMED_OUT, 0, 0, 0, 0,
        "worker " + worker + " killed after exceeding --unit-timeout 3s");
  }

  static Attempt killed(String unit, int worker) {
    return new Attempt(
        unit, worker, Attempt.Result.KILLED, 0, 0, 0, 0, "worker " + worker + " killed: covrun was interrupted");
  }
}
