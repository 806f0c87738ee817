package dev.covrun.worker;

/** A problem that ends the worker with a specific exit code and a one-line message. */
final class WorkerException extends Exception {
  private static final long serialVersionUID = 1L;

  private final WorkerExit exit;

  WorkerException(WorkerExit exit, String message) {
    super(message);
    this.exit = exit;
  }

  WorkerExit exit() {
    return exit;
  }
}
