package dev.covrun.worker;

/** The outcome of one test, or of a container that failed, skipped or aborted as a whole. */
record TestEvent(Status status, String unit, String path, String message) {

  /** How a test ended, as written in the events file. */
  enum Status {
    SUCCESSFUL,
    FAILED,
    ABORTED,
    SKIPPED
  }
}
