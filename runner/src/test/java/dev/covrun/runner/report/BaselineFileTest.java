package dev.covrun.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.runner.CovrunException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
  @TempDir Path dir;

  @Test
  void should_read_the_coverage_counters_of_a_summary() throws Exception {
    Path file = Files.writeString(dir.resolve("summary.json"),
        "{\"exitCode\":0,\"coverage\":{\"LINE\":{\"covered\":30,\"missed\":10,\"total\":40,\"ratio\":0.75},"
            + "\"BRANCH\":{\"covered\":0,\"missed\":0,\"total\":0,\"ratio\":null}}}");

    CoverageTotals totals = BaselineFile.read(file);

    assertEquals(new CounterValue(30, 10), totals.counter(CounterType.LINE));
    assertEquals(new CounterValue(0, 0), totals.counter(CounterType.BRANCH));
  }

  @Test
  void should_exit_4_naming_a_file_without_counters_or_not_json() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"coverage\":{}}");
    Path text = Files.writeString(dir.resolve("notes.txt"), "LINE 80%");

    assertEquals(
        "baseline " + empty + " has no coverage counters (expected a covrun summary.json or --json summary)",
        assertThrows(CovrunException.class, () -> BaselineFile.read(empty)).getMessage());
    assertTrue(
        assertThrows(CovrunException.class, () -> BaselineFile.read(text)).getMessage().startsWith("cannot read baseline " + text + ": "));
  }
}
