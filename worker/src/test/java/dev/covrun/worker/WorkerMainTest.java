package dev.covrun.worker;

import static dev.covrun.worker.WorkerHarness.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerMainTest {
  private static final String PASSING = sample("PassingSample");
  private static final String FAILING = sample("FailingSample");

  @TempDir Path dir;
  private WorkerHarness worker;

  @BeforeEach
  void setUp() {
    worker = new WorkerHarness(dir);
  }

  @Test
  void should_exit_0_and_report_each_test_when_all_pass() throws IOException {
    assertEquals(0, worker.run(PASSING));

    List<String> events = worker.events();
    assertEquals(4, events.size(), events::toString);
    assertEquals("UNIT_START\t" + PASSING, events.get(0));
    assertEquals(
        "TEST\tSUCCESSFUL\t" + PASSING + "\tPassingSample > adds two numbers\t", events.get(1));
    assertEquals(
        "TEST\tSUCCESSFUL\t" + PASSING + "\tPassingSample > multiplies()\t", events.get(2));
    assertTrue(events.get(3).matches("UNIT_END\t" + PASSING + "\t\\d+\t2\t0\t0"), events.get(3));
  }

  @Test
  void should_report_failed_test_in_events_file_with_first_line_of_message() throws IOException {
    assertEquals(1, worker.run(FAILING));

    List<String> events = worker.events();
    assertEquals(
        "TEST\tFAILED\t" + FAILING + "\tFailingSample > fails()\tdeliberate failure",
        events.get(1));
    assertEquals("TEST\tSUCCESSFUL\t" + FAILING + "\tFailingSample > passes()\t", events.get(2));
    assertTrue(events.get(3).matches("UNIT_END\t" + FAILING + "\t\\d+\t2\t1\t0"), events.get(3));
  }

  @Test
  void should_count_failed_before_all_as_failed_container() throws IOException {
    String unit = sample("BeforeAllFailsSample");

    assertEquals(1, worker.run(unit));

    List<String> events = worker.events();
    assertEquals(
        "TEST\tFAILED\t" + unit + "\tBeforeAllFailsSample\tset-up exploded", events.get(1));
    assertTrue(events.get(2).matches("UNIT_END\t" + unit + "\t\\d+\t0\t1\t0"), events.get(2));
  }

  @Test
  void should_count_disabled_and_aborted_tests_as_skipped() throws IOException {
    String unit = sample("SkippingSample");

    assertEquals(0, worker.run(unit));

    List<String> events = worker.events();
    assertEquals(
        "TEST\tABORTED\t"
            + unit
            + "\tSkippingSample > aborts()\t"
            + "Assumption failed: not on this machine",
        events.get(1));
    assertEquals(
        "TEST\tSKIPPED\t" + unit + "\tSkippingSample > disabled()\tnot today", events.get(2));
    assertTrue(events.get(4).matches("UNIT_END\t" + unit + "\t\\d+\t2\t0\t2"), events.get(4));
  }

  @Test
  void should_count_disabled_class_once_as_skipped() throws IOException {
    String unit = sample("DisabledSample");

    assertEquals(0, worker.run(unit));

    List<String> events = worker.events();
    assertEquals("TEST\tSKIPPED\t" + unit + "\tDisabledSample\twhole class off", events.get(1));
    assertTrue(events.get(2).matches("UNIT_END\t" + unit + "\t\\d+\t0\t0\t1"), events.get(2));
  }

  @Test
  void should_name_nested_tests_by_their_full_display_path() throws IOException {
    String unit = sample("NestedSample");

    assertEquals(0, worker.run(unit));

    assertTrue(
        worker
            .events()
            .contains("TEST\tSUCCESSFUL\t" + unit + "\tNestedSample > Inner > works inside\t"),
        worker.events()::toString);
  }

  @Test
  void should_report_missing_class_as_unit_without_tests_and_warn() throws IOException {
    String unit = "com.example.DoesNotExist";

    assertEquals(0, worker.run(unit));

    assertEquals("UNIT_START\t" + unit, worker.events().get(0));
    assertTrue(worker.events().get(1).matches("UNIT_END\t" + unit + "\t\\d+\t0\t0\t0"));
    assertEquals(
        "covrun-worker: warning: unit " + unit + " not found on the test classpath",
        worker.stderr().strip());
  }

  @Test
  void should_warn_when_unit_yields_no_tests() throws IOException {
    String unit = sample("EmptySample");

    assertEquals(0, worker.run(unit));

    assertTrue(worker.events().get(1).matches("UNIT_END\t" + unit + "\t\\d+\t0\t0\t0"));
    assertEquals(
        "covrun-worker: warning: unit " + unit + " yielded no tests", worker.stderr().strip());
  }

  @Test
  void should_fail_unit_whose_static_initializer_throws() throws IOException {
    String unit = sample("BrokenInitSample");

    assertEquals(1, worker.run(unit));

    String end = worker.events().get(worker.events().size() - 1);
    assertTrue(
        end.matches("UNIT_END\t" + unit + "\t\\d+\t\\d+\t[1-9]\t0"), worker.events()::toString);
  }

  @Test
  void should_include_class_set_up_and_teardown_in_unit_duration() throws IOException {
    String unit = sample("SlowSetUpSample");

    worker.run(unit);

    String[] end = worker.events().get(2).split("\t");
    assertEquals("UNIT_END", end[0]);
    assertTrue(Long.parseLong(end[2]) >= 300, () -> "duration " + end[2]);
  }

  @Test
  void should_run_units_in_file_order_ignoring_blank_lines() throws IOException {
    assertEquals(1, worker.run("", PASSING, "   ", FAILING, ""));

    List<String> markers =
        worker.events().stream().filter(line -> line.startsWith("UNIT_")).toList();
    assertEquals(4, markers.size());
    assertEquals("UNIT_START\t" + PASSING, markers.get(0));
    assertTrue(markers.get(1).startsWith("UNIT_END\t" + PASSING + "\t"));
    assertEquals("UNIT_START\t" + FAILING, markers.get(2));
    assertTrue(markers.get(3).startsWith("UNIT_END\t" + FAILING + "\t"));
  }

  @Test
  void should_append_to_an_existing_events_file() throws IOException {
    Files.writeString(worker.events, "UNIT_START\tearlier\n", StandardCharsets.UTF_8);

    worker.run(PASSING);

    assertEquals("UNIT_START\tearlier", worker.events().get(0));
    assertEquals("UNIT_START\t" + PASSING, worker.events().get(1));
  }

  @Test
  void should_move_junit_xml_report_to_unit_name_and_delete_scratch_dir() throws IOException {
    worker.run(PASSING, FAILING);

    try (Stream<Path> files = Files.list(worker.reports)) {
      List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
      assertEquals(List.of("TEST-" + FAILING + ".xml", "TEST-" + PASSING + ".xml"), names);
    }
    String xml = Files.readString(worker.reports.resolve("TEST-" + FAILING + ".xml"));
    assertTrue(xml.contains("tests=\"2\""), xml);
    assertTrue(xml.contains("failures=\"1\""), xml);
  }

  @Test
  void should_run_junit4_classes_through_the_vintage_engine() throws IOException {
    String unit = sample("JUnit4Sample");

    assertEquals(1, worker.run(unit));

    List<String> tests = worker.events().stream().filter(line -> line.startsWith("TEST")).toList();
    assertEquals(
        List.of(
            "TEST\tFAILED\t"
                + unit
                + "\tJUnit4Sample > fails\tvintage failure expected:<4> but was:<5>",
            "TEST\tSUCCESSFUL\t" + unit + "\tJUnit4Sample > passes\t"),
        tests.stream().sorted().toList());
  }

  @Test
  void should_name_xml_after_the_unit_when_only_one_of_two_engines_ran_tests() throws IOException {
    worker.run(sample("JUnit4Sample"), PASSING);

    try (Stream<Path> files = Files.list(worker.reports)) {
      List<String> names = files.map(path -> path.getFileName().toString()).sorted().toList();
      assertEquals(
          List.of("TEST-" + sample("JUnit4Sample") + ".xml", "TEST-" + PASSING + ".xml"), names);
    }
    String vintageXml =
        Files.readString(worker.reports.resolve("TEST-" + sample("JUnit4Sample") + ".xml"));
    assertTrue(vintageXml.contains("name=\"JUnit Vintage\""), vintageXml);
  }

  @Test
  void should_write_no_junit_xml_for_missing_class() throws IOException {
    worker.run("com.example.DoesNotExist");

    try (Stream<Path> files = Files.list(worker.reports)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void should_not_watch_its_parent_when_run_from_a_units_file() throws IOException {
    Files.writeString(worker.units, PASSING);
    AtomicInteger watches = new AtomicInteger();

    int exit =
        worker.runWatching(
            err -> watches.incrementAndGet(),
            "--units", worker.units.toString(),
            "--events", worker.events.toString(),
            "--reports", worker.reports.toString());

    assertEquals(0, exit, worker.stderr());
    assertEquals(0, watches.get(), "a worker rerun by hand has a shell for a parent");
  }

  @Test
  void should_exit_2_naming_missing_units_file() {
    Path missing = dir.resolve("nope.txt");

    assertEquals(2, worker.runWith(missing));

    assertEquals(
        "covrun-worker: cannot read units file " + missing + ": no such file or directory",
        worker.stderr().strip());
    assertFalse(Files.exists(worker.events));
  }

  @Test
  void should_exit_2_naming_events_file_that_cannot_be_created() throws IOException {
    Files.writeString(worker.units, PASSING);
    Path events = dir.resolve("no-such-dir/events.tsv");

    int exit =
        worker.runArgs(
            "--units",
            worker.units.toString(),
            "--events",
            events.toString(),
            "--reports",
            worker.reports.toString());

    assertEquals(2, exit);
    assertEquals(
        "covrun-worker: cannot write events file " + events + ": no such file or directory",
        worker.stderr().strip());
  }

  @Test
  void should_exit_2_with_usage_when_a_flag_is_missing() {
    assertEquals(2, worker.runArgs("--units", "u.txt", "--events", "e.tsv"));

    assertEquals(
        "covrun-worker: missing --reports (" + WorkerArguments.USAGE + ")",
        worker.stderr().strip());
  }

  @Test
  void should_exit_2_with_usage_on_unknown_argument() {
    assertEquals(2, worker.runArgs("--units", "u.txt", "--bogus", "x"));

    assertEquals(
        "covrun-worker: unknown argument --bogus (" + WorkerArguments.USAGE + ")",
        worker.stderr().strip());
  }
}
