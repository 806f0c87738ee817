package dev.covrun.worker;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Appends tab-separated progress lines to the events file, flushing each one so the runner can
 * follow a live or crashed worker.
 *
 * <p>JUnit swallows exceptions thrown by listeners, so a write failure is remembered and reported
 * by {@link #verify()} instead of being thrown from the write.
 */
final class EventsFile implements AutoCloseable {
  private final Path file;
  private final BufferedWriter writer;
  private IOException failure;

  private EventsFile(Path file, BufferedWriter writer) {
    this.file = file;
    this.writer = writer;
  }

  static EventsFile open(Path file) throws WorkerException {
    try {
      BufferedWriter writer =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      return new EventsFile(file, writer);
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS,
          "cannot write events file " + file + ": " + FailureMessage.ioReason(e));
    }
  }

  void unitStarted(Unit unit) {
    write("UNIT_START", unit.name());
  }

  void testFinished(TestEvent event) {
    write("TEST", event.status().name(), event.unit(), event.path(), event.message());
  }

  /** The steps Cucumber ran for a feature unit; written before its UNIT_END. */
  void stepsCounted(Unit unit, int steps) {
    write("STEPS", unit.name(), Integer.toString(steps));
  }

  void unitFinished(UnitResult result) {
    write(
        "UNIT_END",
        result.unit(),
        Long.toString(result.millis()),
        Integer.toString(result.tests()),
        Integer.toString(result.failed()),
        Integer.toString(result.skipped()));
  }

  /** Throws if any earlier write failed. */
  void verify() throws WorkerException {
    if (failure != null) {
      throw new WorkerException(
          WorkerExit.OUTPUT_FAILED,
          "cannot write events file " + file + ": " + FailureMessage.ioReason(failure));
    }
  }

  @Override
  public synchronized void close() throws WorkerException {
    try {
      writer.close();
    } catch (IOException e) {
      failure = failure == null ? e : failure;
    }
    verify();
  }

  // Synchronized because engines may run tests, and so call listeners, in parallel.
  private synchronized void write(String... fields) {
    if (failure != null) {
      return;
    }
    try {
      writer.write(line(fields));
      writer.flush();
    } catch (IOException e) {
      failure = e;
    }
  }

  static String line(String... fields) {
    return Arrays.stream(fields).map(EventsFile::clean).collect(Collectors.joining("\t")) + "\n";
  }

  private static String clean(String value) {
    return value == null ? "" : value.replaceAll("[\t\r\n]", " ");
  }
}
