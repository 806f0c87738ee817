package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real runs of the fixture suite: real JVMs, the real JaCoCo agent, real exec files. */
class CoverageRunIT {
  private static final String PASSING = "**/failing/**";

  @TempDir Path dir;

  private FixtureSuite.Result run(Path out, int chunks, String... extra) {
    List<String> args = new ArrayList<>(FixtureSuite.options(out, chunks));
    args.addAll(List.of(extra));
    return FixtureSuite.covrun(dir, Map.of(), args);
  }

  @Test
  void should_report_identical_class_counters_with_1_and_4_chunks() throws Exception {
    FixtureSuite.Result one = run(dir.resolve("one"), 1, "--exclude", PASSING);
    FixtureSuite.Result four = run(dir.resolve("four"), 4, "--exclude", PASSING);
    FixtureSuite.Result fixed = run(dir.resolve("static"), 4, "--exclude", PASSING, "--dist", "static");
    assertEquals(0, one.exitCode(), one.out() + one.err());
    assertEquals(0, four.exitCode(), four.out() + four.err());
    assertEquals(0, fixed.exitCode(), fixed.out() + fixed.err());
    Map<String, String> serial = JacocoXml.classCounters(dir.resolve("one/jacoco.xml"));
    assertFalse(serial.isEmpty());
    assertEquals(serial, JacocoXml.classCounters(dir.resolve("four/jacoco.xml")));
    assertEquals(serial, JacocoXml.classCounters(dir.resolve("static/jacoco.xml")));
    assertTrue(four.out().contains("(--dist worksteal)"), four.out());
    assertTrue(fixed.out().contains("(--dist static)"), fixed.out());
    assertTrue(Files.isRegularFile(dir.resolve("four/merged.exec")));
    assertTrue(Files.isRegularFile(dir.resolve("four/html/index.html")));
    assertTrue(four.out().contains("chunk"), four.out());
  }

  @Test
  void should_give_each_chunk_its_own_database_copy() throws Exception {
    Path out = dir.resolve("db");
    FixtureSuite.Result result = run(out, 4, "--exclude", PASSING);
    assertEquals(0, result.exitCode(), result.out() + result.err());
    TreeSet<String> chunksWithRows = new TreeSet<>();
    for (int chunk = 1; chunk <= 4; chunk++) {
      Path copy = out.resolve("chunks/" + chunk + "/db/template.db");
      for (String seen : seenChunks(copy)) {
        assertEquals(String.valueOf(chunk), seen, "chunk " + chunk + "'s copy has rows of " + seen);
        chunksWithRows.add(seen);
      }
    }
    assertTrue(chunksWithRows.size() >= 2, "DB tests ran in only " + chunksWithRows);
    assertEquals(List.of(), seenChunks(FixtureSuite.TARGET.resolve("template.db")));
  }

  @Test
  void should_exit_1_and_name_the_failing_test() throws Exception {
    Path out = dir.resolve("failing");
    FixtureSuite.Result result = run(out, 2);
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("AlwaysFailsTest"), result.err());
    assertTrue(result.err().contains("deliberate failure"), result.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(1, summary.get("exitCode").asInt());
    assertEquals("dev.covrun.fixture.failing.AlwaysFailsTest", summary.get("failures").get(0).get("unit").asText());
    assertTrue(Files.isRegularFile(out.resolve("jacoco.xml")), "coverage is still reported");
  }

  @Test
  void should_exit_2_when_line_coverage_below_minimum() throws Exception {
    FixtureSuite.Result result = run(dir.resolve("gate"), 2, "--exclude", PASSING, "--min", "LINE=100%");
    assertEquals(2, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().matches("(?s).*LINE coverage \\d+\\.\\d\\d% is below the minimum 100\\.00%.*"), result.err());
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("gate/summary.json").toFile());
    assertFalse(summary.get("gate").get("passed").asBoolean());
  }

  @Test
  void should_prefer_exit_1_over_2_when_tests_fail_and_coverage_is_low() {
    FixtureSuite.Result result = run(dir.resolve("both"), 2, "--min", "LINE=100%");
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("is below the minimum"), "every problem is still printed");
  }

  @Test
  void should_write_junit_xml_and_logs_per_chunk() throws Exception {
    Path out = dir.resolve("layout");
    FixtureSuite.Result result = run(out, 2, "--exclude", PASSING);
    assertEquals(0, result.exitCode(), result.out() + result.err());
    for (String chunk : List.of("1", "2")) {
      Path chunkDir = out.resolve("chunks").resolve(chunk);
      assertTrue(Files.size(chunkDir.resolve("chunk.exec")) > 0);
      assertTrue(Files.exists(chunkDir.resolve("stdout.log")));
      assertTrue(Files.exists(chunkDir.resolve("stderr.log")));
      try (var xml = Files.list(chunkDir.resolve("junit"))) {
        assertTrue(xml.anyMatch(f -> f.getFileName().toString().startsWith("TEST-dev.covrun.fixture.")));
      }
    }
  }

  @Test
  void should_record_one_coverage_session_per_unit_named_after_it() throws Exception {
    Path out = dir.resolve("sessions");
    FixtureSuite.Result result = run(out, 2, "--exclude", PASSING);
    assertEquals(0, result.exitCode(), result.out() + result.err());
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(out.resolve("merged.exec").toFile());
    Set<String> sessions =
        loader.getSessionInfoStore().getInfos().stream().map(SessionInfo::getId).collect(Collectors.toSet());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(summary.get("units").asInt(), sessions.stream().filter(s -> s.startsWith("dev.covrun.fixture.")).count(), sessions.toString());
    assertTrue(sessions.contains("dev.covrun.fixture.CalculatorTest"), sessions.toString());
    assertTrue(Files.isRegularFile(out.resolve("junit/TEST-dev.covrun.fixture.CalculatorTest.xml")));
  }

  @Test
  void should_hand_a_group_to_one_worker_whose_units_run_back_to_back() throws Exception {
    Path out = dir.resolve("group");
    FixtureSuite.Result result = run(out, 4, "--exclude", PASSING, "--group", "db=**/Db*");
    assertEquals(0, result.exitCode(), result.out() + result.err());
    int holding = 0;
    for (int chunk = 1; chunk <= 4; chunk++) {
      List<String> units = Files.readAllLines(out.resolve("chunks/" + chunk + "/units.txt"));
      int rows = units.indexOf("dev.covrun.fixture.DbRowsTest");
      int count = units.indexOf("dev.covrun.fixture.DbCountTest");
      if (rows >= 0 || count >= 0) {
        holding++;
        assertEquals(count + 1, rows, "the group's units, in name order, one after the other: " + units);
      }
    }
    assertEquals(1, holding);
  }

  @Test
  void should_run_a_single_jvms_units_in_name_order_whatever_their_recorded_durations() throws Exception {
    Path out = dir.resolve("order");
    Files.writeString(
        dir.resolve("order-timings.json"),
        "{\"dev.covrun.fixture.StringsTest\": 90.0, \"dev.covrun.fixture.MoreGradesTest\": 50.0,"
            + " \"dev.covrun.fixture.CalculatorTest\": 0.1}");
    FixtureSuite.Result one = run(out, 1, "--exclude", PASSING);
    assertEquals(0, one.exitCode(), one.out() + one.err());
    List<String> ran = Files.readAllLines(out.resolve("chunks/1/units.txt"));
    assertEquals(ran.stream().sorted().toList(), ran, "longest-first would start with StringsTest");
    assertEquals("dev.covrun.fixture.CalculatorTest", ran.get(0));

    Path fixed = dir.resolve("order-static");
    Files.copy(dir.resolve("order-timings.json"), dir.resolve("order-static-timings.json"));
    FixtureSuite.Result two = run(fixed, 2, "--exclude", PASSING, "--dist", "static");
    assertEquals(0, two.exitCode(), two.out() + two.err());
    for (int chunk = 1; chunk <= 2; chunk++) {
      List<String> units = Files.readAllLines(fixed.resolve("chunks/" + chunk + "/units.txt"));
      assertEquals(units.stream().sorted().toList(), units, "chunk " + chunk);
    }
  }

  @Test
  void should_hand_out_nothing_after_the_first_failure_with_fail_fast() throws Exception {
    // one JVM runs by name: the failing class, then a fault class (package faults) that must not run
    Path out = dir.resolve("fail-fast");
    List<String> args = new ArrayList<>(FixtureSuite.withFaults(out, 1));
    args.addAll(List.of("--include", "**/failing/AlwaysFailsTest", "--include", "**/faults/SystemExitFault", "--fail-fast"));
    FixtureSuite.Result result = FixtureSuite.covrun(dir, Map.of(), args);
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertTrue(result.out().contains("[covrun] --fail-fast: dev.covrun.fixture.failing.AlwaysFailsTest failed; handing out no more units"), result.out());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals(1, summary.get("chunks").get(0).get("units").asInt(), "only the failing unit ran");
    assertEquals(0, summary.get("problems").size(), summary.toString());
    assertTrue(Files.isRegularFile(out.resolve("jacoco.xml")), "what ran is still reported");
  }

  @Test
  void should_exit_4_when_no_test_class_matches() {
    FixtureSuite.Result result = run(dir.resolve("none"), 2, "--include", "**/NoSuch*");
    assertEquals(4, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().startsWith("covrun: no test classes found in "), result.err());
  }

  private static List<String> seenChunks(Path db) throws Exception {
    List<String> chunks = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rows = connection.createStatement().executeQuery("select chunk from seen")) {
      while (rows.next()) {
        chunks.add(rows.getString(1));
      }
    }
    return chunks;
  }
}
