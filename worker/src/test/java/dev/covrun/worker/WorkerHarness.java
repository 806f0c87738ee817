package dev.covrun.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs the worker in-process on a units file in a scratch directory and exposes its output. */
final class WorkerHarness {
  final Path dir;
  final Path units;
  final Path events;
  final Path reports;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  WorkerHarness(Path dir) {
    this.dir = dir;
    this.units = dir.resolve("units.txt");
    this.events = dir.resolve("events.tsv");
    this.reports = dir.resolve("reports");
  }

  int run(String... unitLines) throws IOException {
    Files.write(units, List.of(unitLines), StandardCharsets.UTF_8);
    return runWith(units);
  }

  int runWith(Path unitsFile) {
    String[] args = {
      "--units",
      unitsFile.toString(),
      "--events",
      events.toString(),
      "--reports",
      reports.toString()
    };
    return runArgs(args);
  }

  int runArgs(String... args) {
    try (PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return WorkerMain.run(args, stream);
    }
  }

  /** Runs with a stand-in for the watch of covrun's JVM that {@code main} starts. */
  int runWatching(Consumer<PrintStream> watchCovrun, String... args) {
    try (PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return WorkerMain.run(args, stream, watchCovrun);
    }
  }

  List<String> events() throws IOException {
    return Files.readAllLines(events, StandardCharsets.UTF_8);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  static String sample(String simpleName) {
    return "dev.covrun.worker.samples." + simpleName;
  }
}
