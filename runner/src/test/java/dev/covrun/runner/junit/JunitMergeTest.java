package dev.covrun.runner.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.chunk.RunLayout;
import dev.covrun.runner.dist.Attempt;
import dev.covrun.runner.dist.UnitVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JunitMergeTest {
  @TempDir Path out;

  private static final String FAILED_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuite name="JUnit Jupiter" tests="2" failures="1" errors="0" skipped="0">
      <testcase name="flips()" classname="a.FlipTest" time="0.01"><failure message="expected: &lt;1&gt;" type="org.opentest4j.AssertionFailedError">trace line 1
      trace line 2</failure></testcase>
      <testcase name="steady()" classname="a.FlipTest" time="0.01"/>
      </testsuite>
      """;

  private static final String PASSED_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuite name="JUnit Jupiter" tests="2" failures="0" errors="0" skipped="0">
      <testcase name="flips()" classname="a.FlipTest" time="0.01"/>
      <testcase name="steady()" classname="a.FlipTest" time="0.01"/>
      </testsuite>
      """;

  private static Attempt attempt(String unit, int worker, Attempt.Result result, String detail) {
    return new Attempt(unit, worker, result, 10, 2, result == Attempt.Result.FAILED ? 1 : 0, 0, detail);
  }

  private void report(RunLayout layout, int worker, String unit, String xml) throws Exception {
    Files.createDirectories(layout.chunkJunit(worker));
    Files.writeString(layout.chunkJunit(worker).resolve("TEST-" + unit + ".xml"), xml.strip());
  }

  @Test
  void should_keep_the_passing_report_of_a_flaky_unit_with_surefire_flaky_failures() throws Exception {
    RunLayout layout = new RunLayout(out, 2);
    report(layout, 1, "a.FlipTest", FAILED_XML);
    report(layout, 3, "a.FlipTest", PASSED_XML);
    UnitVerdict flaky =
        UnitVerdict.of(
            "a.FlipTest",
            List.of(
                attempt("a.FlipTest", 1, Attempt.Result.FAILED, "failed in worker 1"),
                attempt("a.FlipTest", 3, Attempt.Result.PASSED, "passed in worker 3")));

    assertEquals(1, JunitMerge.write(layout, List.of(flaky)));

    String merged = Files.readString(layout.junitDir().resolve("TEST-a.FlipTest.xml"));
    assertTrue(merged.contains("failures=\"0\""), merged);
    assertTrue(
        merged.contains(
            "<testcase classname=\"a.FlipTest\" name=\"flips()\" time=\"0.01\"><flakyFailure message=\"expected: &lt;1&gt;\""
                + " type=\"org.opentest4j.AssertionFailedError\"><stackTrace>trace line 1"),
        merged);
    assertFalse(merged.contains("<failure"), merged);
  }

  @Test
  void should_copy_last_reports_write_error_reports_for_lost_jvms_and_skip_units_not_run() throws Exception {
    RunLayout layout = new RunLayout(out, 2);
    report(layout, 2, "a.PassTest", PASSED_XML);
    UnitVerdict passed =
        UnitVerdict.of("a.PassTest", List.of(attempt("a.PassTest", 2, Attempt.Result.PASSED, "passed in worker 2")));
    UnitVerdict crashed =
        UnitVerdict.of(
            "a.ExitTest",
            List.of(attempt("a.ExitTest", 1, Attempt.Result.CRASHED, "worker 1 exited with 3 while running it")));
    UnitVerdict notRun = UnitVerdict.of("a.LaterTest", List.of());

    assertEquals(2, JunitMerge.write(layout, List.of(passed, crashed, notRun)));

    assertEquals(PASSED_XML.strip(), Files.readString(layout.junitDir().resolve("TEST-a.PassTest.xml")));
    String lost = Files.readString(layout.junitDir().resolve("TEST-a.ExitTest.xml"));
    assertTrue(lost.contains("errors=\"1\""), lost);
    assertTrue(lost.contains("<error message=\"worker 1 exited with 3 while running it\" type=\"covrun.TestJvmLost\">"), lost);
    assertFalse(Files.exists(layout.junitDir().resolve("TEST-a.LaterTest.xml")));
  }

  @Test
  void should_replace_the_junit_dir_of_an_earlier_run() throws Exception {
    RunLayout layout = new RunLayout(out, 1);
    Files.createDirectories(layout.junitDir());
    Files.writeString(layout.junitDir().resolve("TEST-old.Gone.xml"), "<testsuite/>");

    JunitMerge.write(layout, List.of());

    assertTrue(Files.isDirectory(layout.junitDir()));
    assertFalse(Files.exists(layout.junitDir().resolve("TEST-old.Gone.xml")));
  }
}
