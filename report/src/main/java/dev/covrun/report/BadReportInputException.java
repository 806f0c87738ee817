package dev.covrun.report;

import java.io.IOException;
import java.nio.file.Path;

/** A class root that is missing or cannot be analysed; the message is one line naming it. */
public final class BadReportInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;

  BadReportInputException(Path path, String problem) {
    super(path + ": " + problem);
    this.path = path;
  }

  BadReportInputException(Path path, String problem, Throwable cause) {
    super(path + ": " + problem, cause);
    this.path = path;
  }

  /** The offending classes directory or jar. */
  public Path path() {
    return path;
  }
}
