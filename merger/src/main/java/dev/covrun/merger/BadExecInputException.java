package dev.covrun.merger;

import java.io.IOException;
import java.nio.file.Path;

/** An exec input that is missing, unreadable or not JaCoCo execution data; the message is one line. */
public final class BadExecInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;

  BadExecInputException(Path path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  BadExecInputException(Path path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** The offending file or directory. */
  public Path path() {
    return path;
  }
}
