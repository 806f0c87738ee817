package dev.covrun.worker;

import java.util.List;

/** The worker JVM's exit codes, one per outcome the runner must tell apart. */
public enum WorkerExit {
  /** Every unit ran and no test or container failed. */
  PASSED(0),
  /** At least one test or container failed. */
  TESTS_FAILED(1),
  /** The worker's own arguments were wrong: a missing flag or an unreadable units file. */
  BAD_ARGUMENTS(2),
  /** The JUnit Platform is unusable: no test engine, or mismatched launcher and engine jars. */
  PLATFORM_UNUSABLE(3),
  /** The worker could not write its events file or JUnit XML reports. */
  OUTPUT_FAILED(4),
  /** covrun went away (its JVM ended, or the connection to it was lost) before this worker was done. */
  COVRUN_GONE(5);

  private final int code;

  WorkerExit(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }

  static WorkerExit forResults(List<UnitResult> results) {
    return results.stream().allMatch(UnitResult::passed) ? PASSED : TESTS_FAILED;
  }
}
