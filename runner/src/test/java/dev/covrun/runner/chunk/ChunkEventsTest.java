package dev.covrun.runner.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkEventsTest {
  @TempDir Path dir;

  @Test
  void should_sum_finished_units_and_collect_failures() throws IOException {
    Path file = write(
        "UNIT_START\ta.FooTest\n"
            + "TEST\tSUCCESSFUL\ta.FooTest\tFooTest > one\t\n"
            + "TEST\tFAILED\ta.FooTest\tFooTest > two\texpected: <2> but was: <3>\n"
            + "TEST\tSKIPPED\ta.FooTest\tFooTest > three\t\n"
            + "UNIT_END\ta.FooTest\t120\t2\t1\t1\n");
    ChunkEvents events = ChunkEvents.read(file);
    assertEquals(List.of(new UnitResult("a.FooTest", 120, 2, 1, 1)), events.finished());
    assertEquals(List.of(new TestFailure("a.FooTest", "FooTest > two", "expected: <2> but was: <3>")), events.failures());
    assertEquals(2, events.testsRun());
    assertEquals(Optional.empty(), events.unitInFlight());
  }

  @Test
  void should_name_the_unit_in_flight_and_ignore_a_half_written_line() throws IOException {
    Path file = write("UNIT_START\ta.FooTest\nUNIT_END\ta.FooTest\t5\t1\t0\t0\nUNIT_START\ta.BarTest\nTEST\tSUCC");
    ChunkEvents events = ChunkEvents.read(file);
    assertEquals(Optional.of("a.BarTest"), events.unitInFlight());
    assertEquals(1, events.finished().size());
    assertEquals(0, events.testsRun());
  }

  @Test
  void should_read_a_missing_file_as_nothing_started() {
    ChunkEvents events = ChunkEvents.read(dir.resolve("none.tsv"));
    assertEquals(0, events.finished().size());
    assertEquals(Optional.empty(), events.unitInFlight());
  }

  @Test
  void should_count_feature_scenarios_and_steps_apart_from_class_tests() throws IOException {
    Path file = write(
        "UNIT_START\ta.FooTest\n"
            + "UNIT_END\ta.FooTest\t10\t3\t0\t0\n"
            + "UNIT_START\tfeature:orders/pay.feature\n"
            + "TEST\tSUCCESSFUL\tfeature:orders/pay.feature\tPay > Paying\t\n"
            + "STEPS\tfeature:orders/pay.feature\t7\n"
            + "UNIT_END\tfeature:orders/pay.feature\t50\t2\t0\t1\n");
    ChunkEvents events = ChunkEvents.read(file);
    assertEquals(true, events.featuresRun());
    assertEquals(2, events.scenarios());
    assertEquals(7, events.steps());
    assertEquals(5, events.tests());
  }

  @Test
  void should_report_no_features_for_classes_only() throws IOException {
    ChunkEvents events = ChunkEvents.read(write("UNIT_START\ta.FooTest\nUNIT_END\ta.FooTest\t10\t3\t0\t0\n"));
    assertEquals(false, events.featuresRun());
    assertEquals(0, events.scenarios());
    assertEquals(0, events.steps());
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("events.tsv"), text);
  }
}
