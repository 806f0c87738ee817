package dev.covrun.runner;

import java.util.Collection;

/** The process exit codes of covrun, and the precedence that picks one when several apply. */
public enum ExitCode {
  OK(0, "passed"),
  TESTS_FAILED(1, "tests failed"),
  GATE_FAILED(2, "coverage below the gate"),
  INCOMPLETE(3, "incomplete"),
  BAD_INPUT(4, "bad input");

  private final int code;
  private final String label;

  ExitCode(int code, String label) {
    this.code = code;
    this.label = label;
  }

  public int code() {
    return code;
  }

  /** A few words for the console and summary.json. */
  public String label() {
    return label;
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
