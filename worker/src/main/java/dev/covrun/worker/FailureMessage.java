package dev.covrun.worker;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns a throwable into the one line the events file and stderr can hold. */
final class FailureMessage {
  private FailureMessage() {}

  /** The first line of the message, or the type (and cause) when there is no message. */
  static String firstLine(Throwable throwable) {
    String message = throwable.getMessage();
    if (message == null || message.isBlank()) {
      Throwable cause = throwable.getCause();
      String name = throwable.getClass().getName();
      return cause == null || cause == throwable ? name : name + " caused by " + firstLine(cause);
    }
    return message.strip().lines().findFirst().orElse("");
  }

  /** The deepest cause's type and first line, which usually names the real problem. */
  static String rootCause(Throwable throwable) {
    Throwable cause = throwable;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getName() + ": " + firstLine(cause);
  }

  /** Why a file operation failed, in words, e.g. "no such file or directory". */
  static String ioReason(IOException error) {
    if (error instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (error instanceof AccessDeniedException) {
      return "permission denied";
    }
    return error.getClass().getName() + ": " + firstLine(error);
  }

  /** The first line followed by the root cause when the throwable wraps one. */
  static String withRootCause(Throwable throwable) {
    String first = firstLine(throwable);
    return throwable.getCause() == null ? first : first + ": " + rootCause(throwable);
  }
}
