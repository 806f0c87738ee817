package dev.covrun.runner;

/** A failure that ends a covrun command with a one-line reason and a specific exit code. */
public class CovrunException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ExitCode exitCode;

  public CovrunException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public CovrunException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input or usage: exit 4. */
  public static CovrunException badInput(String message) {
    return new CovrunException(ExitCode.BAD_INPUT, message);
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
