package dev.covrun.runner;

import java.util.Collection;

/** The process exit codes of covrun, and the precedence that picks one when several apply. */
public enum ExitCode {
  OK(0),
  TESTS_FAILED(1),
  GATE_FAILED(2),
  INCOMPLETE(3),
  BAD_INPUT(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** The code that wins when several outcomes apply: incomplete, then failed tests, then the gate. */
  public static ExitCode mostSevere(Collection<ExitCode> outcomes) {
    ExitCode worst = OK;
    for (ExitCode candidate : outcomes) {
      if (candidate.rank() > worst.rank()) {
        worst = candidate;
      }
    }
    return worst;
  }

  private int rank() {
    switch (this) {
      case BAD_INPUT:
        return 4;
      case INCOMPLETE:
        return 3;
      case TESTS_FAILED:
        return 2;
      case GATE_FAILED:
        return 1;
      default:
        return 0;
    }
  }
}
