package dev.covrun.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the units file: UTF-8, one unit per line, blank lines ignored; all of it is one item. */
final class UnitsFile implements UnitSource {
  private List<Unit> remaining;

  private UnitsFile(List<Unit> units) {
    this.remaining = units;
  }

  static List<Unit> read(Path file) throws WorkerException {
    return read(file, Optional.empty());
  }

  /** Reads the units; {@code feature:} lines resolve against the features root. */
  static List<Unit> read(Path file, Optional<FeatureRoot> features) throws WorkerException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(line -> Unit.parse(line, features))
          .toList();
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS,
          "cannot read units file " + file + ": " + FailureMessage.ioReason(e));
    } catch (IllegalArgumentException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS, "bad units file " + file + ": " + e.getMessage());
    }
  }

  /** Reads the file now, so a bad file is reported before anything else is opened. */
  static UnitsFile open(Path file, Optional<FeatureRoot> features) throws WorkerException {
    return new UnitsFile(read(file, features));
  }

  @Override
  public Optional<List<Unit>> next() {
    Optional<List<Unit>> item = remaining.isEmpty() ? Optional.empty() : Optional.of(remaining);
    remaining = List.of();
    return item;
  }
}
