package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `covrun merge` and `covrun report` as separate steps give what `covrun run` gave. */
class MergeReportIT {
  @TempDir static Path dir;
  private static Path run;

  @BeforeAll
  static void runSuite() {
    run = dir.resolve("run");
    List<String> args = new ArrayList<>(FixtureSuite.options(run, 3));
    args.addAll(List.of("--exclude", "**/failing/**"));
    FixtureSuite.Result result = FixtureSuite.covrun(dir, Map.of(), args);
    assertEquals(0, result.exitCode(), result.out() + result.err());
  }

  private static FixtureSuite.Result covrun(String... args) {
    return FixtureSuite.covrun(dir, Map.of(), List.of(args));
  }

  @Test
  void should_merge_chunk_dirs_and_report_the_same_counters() throws Exception {
    FixtureSuite.Result merge = covrun("merge", run.resolve("chunks").toString(), "--out", "step/merged.exec");
    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.out().startsWith("merged 3 exec files"), merge.out());
    FixtureSuite.Result report =
        covrun("report", "--exec", "step/merged.exec", "--classes", FixtureSuite.TARGET.resolve("classes").toString(),
            "--xml", "step/jacoco.xml", "--html", "step/html");
    assertEquals(0, report.exitCode(), report.err());
    assertEquals(JacocoXml.classCounters(run.resolve("jacoco.xml")), JacocoXml.classCounters(dir.resolve("step/jacoco.xml")));
    assertTrue(Files.isRegularFile(dir.resolve("step/html/index.html")));
    assertTrue(report.out().contains("LINE"), report.out());
  }

  @Test
  void should_exit_2_from_report_when_below_the_minimum() {
    FixtureSuite.Result report =
        covrun("report", "--exec", run.resolve("merged.exec").toString(), "--classes",
            FixtureSuite.TARGET.resolve("classes").toString(), "--min", "BRANCH=100%");
    assertEquals(2, report.exitCode(), report.err());
    assertTrue(report.err().matches("BRANCH coverage \\d+\\.\\d\\d% is below the minimum 100\\.00%\\s*"), report.err());
  }

  @Test
  void should_exit_4_naming_a_truncated_exec_file() throws Exception {
    byte[] bytes = Files.readAllBytes(run.resolve("merged.exec"));
    Path truncated = Files.write(dir.resolve("truncated.exec"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    FixtureSuite.Result merge = covrun("merge", truncated.toString(), "--out", "t.exec");
    assertEquals(4, merge.exitCode());
    assertTrue(merge.err().startsWith("covrun: " + truncated + ": truncated exec file: reading stopped at byte "), merge.err());
    assertTrue(Files.notExists(dir.resolve("t.exec")), "nothing written on bad input");
  }
}
