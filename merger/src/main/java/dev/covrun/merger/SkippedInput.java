package dev.covrun.merger;

import java.nio.file.Path;
import java.util.Objects;

/** An exec file left out of a merge, and why (one line, naming the byte offset where reading stopped). */
public record SkippedInput(Path file, String problem) {

  public SkippedInput {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
  }

  /** The file and the problem in one line. */
  public String message() {
    return file + ": " + problem;
  }
}
