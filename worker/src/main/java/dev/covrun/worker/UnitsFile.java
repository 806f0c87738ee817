package dev.covrun.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the units file: UTF-8, one unit per line, blank lines ignored. */
final class UnitsFile {
  private UnitsFile() {}

  static List<Unit> read(Path file) throws WorkerException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(Unit::parse)
          .toList();
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS,
          "cannot read units file " + file + ": " + FailureMessage.ioReason(e));
    }
  }
}
