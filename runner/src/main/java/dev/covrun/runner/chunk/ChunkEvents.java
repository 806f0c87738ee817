package dev.covrun.runner.chunk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a worker wrote to its events file so far: finished units, failures, and the unit that was
 * running when the file ended (after a crash, the unit to blame), and the Cucumber steps its
 * feature units ran. Tolerates a half-written last line.
 */
public record ChunkEvents(
    List<UnitResult> finished,
    List<TestFailure> failures,
    Optional<String> unitInFlight,
    int testsRun,
    int steps) {
  private static final String FEATURE_PREFIX = "feature:";

  /** Events without feature steps. */
  public ChunkEvents(
      List<UnitResult> finished, List<TestFailure> failures, Optional<String> unitInFlight, int testsRun) {
    this(finished, failures, unitInFlight, testsRun, 0);
  }

  /** Reads the file; a missing file means the worker never started a unit. */
  public static ChunkEvents read(Path file) {
    if (!Files.isRegularFile(file)) {
      return new ChunkEvents(List.of(), List.of(), Optional.empty(), 0);
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      int end = text.lastIndexOf('\n');
      return parse(end < 0 ? List.of() : List.of(text.substring(0, end).split("\n")));
    } catch (IOException e) {
      return new ChunkEvents(List.of(), List.of(), Optional.empty(), 0);
    }
  }

  static ChunkEvents parse(List<String> lines) {
    List<UnitResult> finished = new ArrayList<>();
    List<TestFailure> failures = new ArrayList<>();
    String running = null;
    int tests = 0;
    int steps = 0;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "UNIT_START" -> running = f[1];
        case "UNIT_END" -> {
          finished.add(unitEnd(f));
          running = null;
        }
        case "STEPS" -> steps += Integer.parseInt(f[2]);
        case "TEST" -> {
          tests += "SKIPPED".equals(f[1]) ? 0 : 1;
          if ("FAILED".equals(f[1])) {
            failures.add(new TestFailure(f[2], f[3], f.length > 4 ? f[4] : ""));
          }
        }
        default -> {
          // unknown lines are ignored, so newer workers stay readable
        }
      }
    }
    return new ChunkEvents(finished, failures, Optional.ofNullable(running), tests, steps);
  }

  private static UnitResult unitEnd(String[] f) {
    return new UnitResult(
        f[1],
        Long.parseLong(f[2]),
        Integer.parseInt(f[3]),
        Integer.parseInt(f[4]),
        Integer.parseInt(f[5]));
  }

  public int tests() {
    return finished.stream().mapToInt(UnitResult::tests).sum();
  }

  public int failed() {
    return finished.stream().mapToInt(UnitResult::failed).sum();
  }

  public int skipped() {
    return finished.stream().mapToInt(UnitResult::skipped).sum();
  }

  /** Whether any finished unit is a feature file. */
  public boolean featuresRun() {
    return finished.stream().anyMatch(ChunkEvents::isFeature);
  }

  /** The tests of finished feature units: Cucumber reports each scenario (example row) as one. */
  public int scenarios() {
    return finished.stream().filter(ChunkEvents::isFeature).mapToInt(UnitResult::tests).sum();
  }

  private static boolean isFeature(UnitResult unit) {
    return unit.unit().startsWith(FEATURE_PREFIX);
  }
}
