package dev.covrun.worker;

import static dev.covrun.worker.WorkerHarness.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CovrunConnectionTest {
  private static final String PASSING = sample("PassingSample");
  private static final String FAILING = sample("FailingSample");

  @TempDir Path dir;
  private WorkerHarness worker;

  @BeforeEach
  void setUp() {
    worker = new WorkerHarness(dir);
  }

  private int runConnected(FakeCovrun covrun, String number) {
    return worker.runArgs(
        "--connect", covrun.address(),
        "--worker", number,
        "--events", worker.events.toString(),
        "--reports", worker.reports.toString());
  }

  @Test
  void should_introduce_itself_and_report_every_unit_it_is_handed() throws Exception {
    try (FakeCovrun covrun = new FakeCovrun(List.of("RUN\t" + PASSING, "RUN\t" + FAILING), false)) {
      assertEquals(1, runConnected(covrun, "7"));

      List<String> received = covrun.received();
      assertEquals(
          List.of("HELLO\t7", "NEXT", "START\t" + PASSING, "DONE\t" + PASSING + "\t2\t0",
              "NEXT", "START\t" + FAILING, "DONE\t" + FAILING + "\t2\t1", "NEXT"),
          received);
    }
  }

  @Test
  void should_run_the_units_of_one_item_in_order() throws Exception {
    try (FakeCovrun covrun = new FakeCovrun(List.of("RUN\t" + FAILING + "\t" + PASSING), false)) {
      assertEquals(1, runConnected(covrun, "1"));

      List<String> events = worker.events();
      assertEquals("UNIT_START\t" + FAILING, events.get(0));
      assertTrue(events.contains("UNIT_START\t" + PASSING), events::toString);
      assertEquals(List.of("HELLO\t1", "NEXT"), covrun.received().subList(0, 2));
    }
  }

  @Test
  void should_exit_5_with_a_message_when_covrun_goes_away_between_units() throws Exception {
    try (FakeCovrun covrun = new FakeCovrun(List.of("RUN\t" + PASSING), true)) {
      assertEquals(5, runConnected(covrun, "2"));

      assertEquals(
          "covrun-worker: lost the connection to covrun at " + covrun.address()
              + " (covrun closed the connection): stopping",
          worker.stderr().strip());
      List<String> events = worker.events();
      assertTrue(events.get(events.size() - 1).startsWith("UNIT_END\t" + PASSING + "\t"), events::toString);
    }
  }

  @Test
  void should_watch_covrun_when_started_by_it() throws Exception {
    try (FakeCovrun covrun = new FakeCovrun(List.of(), false)) {
      AtomicInteger watches = new AtomicInteger();
      int exit =
          worker.runWatching(
              err -> watches.incrementAndGet(),
              "--connect", covrun.address(), "--worker", "1",
              "--events", worker.events.toString(), "--reports", worker.reports.toString());

      assertEquals(0, exit, worker.stderr());
      assertEquals(1, watches.get());
    }
  }

  @Test
  void should_exit_2_on_a_message_it_does_not_understand() throws Exception {
    try (FakeCovrun covrun = new FakeCovrun(List.of("JUMP\thigh"), false)) {
      assertEquals(2, runConnected(covrun, "3"));

      assertEquals(
          "covrun-worker: unexpected message from covrun at " + covrun.address() + ": JUMP high",
          worker.stderr().strip());
    }
  }

  @Test
  void should_exit_2_naming_the_address_when_covrun_is_not_there() throws Exception {
    // Port 1: below the ephemeral range, so the connect cannot meet a port just reused by another
    // socket or connect to itself (TCP self-connect), as a just-closed ephemeral port sometimes did.
    String address = "127.0.0.1:1";
    int exit =
        worker.runArgs(
            "--connect", address, "--worker", "1",
            "--events", worker.events.toString(), "--reports", worker.reports.toString());

    assertEquals(2, exit);
    assertTrue(
        worker.stderr().startsWith("covrun-worker: cannot connect to covrun at " + address + ": "),
        worker.stderr());
  }

  @Test
  void should_exit_2_when_given_both_a_units_file_and_covrun() {
    int exit =
        worker.runArgs(
            "--units", "u.txt", "--connect", "127.0.0.1:9", "--worker", "1",
            "--events", "e.tsv", "--reports", "r");

    assertEquals(2, exit);
    assertEquals(
        "covrun-worker: --units and --connect exclude each other (" + WorkerArguments.USAGE + ")",
        worker.stderr().strip());
  }

  @Test
  void should_exit_2_naming_a_bad_worker_number() {
    int exit =
        worker.runArgs(
            "--connect", "127.0.0.1:9", "--worker", "zero", "--events", "e.tsv", "--reports", "r");

    assertEquals(2, exit);
    assertEquals(
        "covrun-worker: invalid --worker 'zero': expected a number from 1 to 2147483647 ("
            + WorkerArguments.USAGE + ")",
        worker.stderr().strip());
  }
}
