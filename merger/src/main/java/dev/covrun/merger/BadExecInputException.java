package dev.covrun.merger;

import java.io.IOException;
import java.nio.file.Path;

/** An exec input that is missing, unreadable or not JaCoCo execution data; the message is one line. */
public final class BadExecInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String problem;

  BadExecInputException(Path path, String problem) {
    super(path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  BadExecInputException(Path path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /** The offending file or directory. */
  public Path path() {
    return path;
  }

  /** What is wrong with it, without the path. */
  public String problem() {
    return problem;
  }
}
