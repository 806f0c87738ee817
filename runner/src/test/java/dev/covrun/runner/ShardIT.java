package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covrun.runner.timing.TimingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards run on "different machines" and a fan-in merge give what one machine gives. */
class ShardIT {
  @TempDir static Path dir;

  private static FixtureSuite.Result covrun(List<String> args) {
    return FixtureSuite.covrun(dir, Map.of(), args);
  }

  private static List<String> runArgs(String out, String... extra) {
    List<String> args = new ArrayList<>(FixtureSuite.options(dir.resolve(out), 2));
    // every shard plans from the same (cached) timings file, as CI jobs restoring one cache do
    args.set(args.indexOf("--timings") + 1, dir.resolve("shared-timings.json").toString());
    args.addAll(List.of("--exclude", "**/failing/**"));
    for (int i = 0; i < extra.length; i++) {
      int at = extra[i].equals("--chunks") ? args.indexOf("--chunks") : -1;
      if (at >= 0) {
        args.set(at + 1, extra[++i]);
      } else {
        args.add(extra[i]);
      }
    }
    return args;
  }

  @BeforeAll
  static void runShardsAndOneMachine() throws Exception {
    Files.writeString(dir.resolve("shared-timings.json"), "{}\n");
    for (String shard : List.of("1/2", "2/2")) {
      FixtureSuite.Result result = covrun(runArgs("shard-" + shard.charAt(0), "--shard", shard));
      assertEquals(0, result.exitCode(), result.out() + result.err());
      Files.writeString(dir.resolve("shared-timings.json"), "{}\n");
    }
    FixtureSuite.Result whole = covrun(runArgs("whole", "--chunks", "4"));
    assertEquals(0, whole.exitCode(), whole.out() + whole.err());
  }

  @Test
  void should_describe_the_shard_in_its_output_dir() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("shard-2/summary.json").toFile());
    assertEquals("2/2", summary.get("plan").get("shard").asText());
    assertEquals(4, summary.get("plan").get("totalChunks").asInt());
    assertEquals(List.of(3, 4), List.of(summary.get("chunks").get(0).get("chunk").asInt(), summary.get("chunks").get(1).get("chunk").asInt()));
    assertTrue(Files.isRegularFile(dir.resolve("shard-2/merged.exec")));
    assertTrue(Files.notExists(dir.resolve("shard-2/jacoco.xml")), "no report on a shard");
    assertTrue(!TimingsFile.read(dir.resolve("shard-2/timings.json")).seconds().isEmpty());
  }

  @Test
  void should_equal_a_one_machine_run_after_fan_in_merge_and_report() throws Exception {
    FixtureSuite.Result merge = covrun(List.of("merge", "shard-1", "shard-2", "--out", "fanin/merged.exec"));
    assertEquals(0, merge.exitCode(), merge.err());
    FixtureSuite.Result report = covrun(List.of("report", "--exec", "fanin/merged.exec",
        "--classes", FixtureSuite.TARGET.resolve("classes").toString(), "--xml", "fanin/jacoco.xml"));
    assertEquals(0, report.exitCode(), report.err());
    assertEquals(JacocoXml.classCounters(dir.resolve("whole/jacoco.xml")), JacocoXml.classCounters(dir.resolve("fanin/jacoco.xml")));
    var merged = TimingsFile.read(dir.resolve("fanin/timings.json")).seconds().keySet();
    var shard1 = TimingsFile.read(dir.resolve("shard-1/timings.json")).seconds().keySet();
    var shard2 = TimingsFile.read(dir.resolve("shard-2/timings.json")).seconds().keySet();
    assertTrue(merged.containsAll(shard1) && merged.containsAll(shard2) && merged.size() == shard1.size() + shard2.size(), merged.toString());
  }

  @Test
  void should_exit_3_naming_a_missing_shard() {
    FixtureSuite.Result merge = covrun(List.of("merge", "shard-1", "--out", "partial/merged.exec"));
    assertEquals(3, merge.exitCode(), merge.err());
    assertTrue(merge.err().startsWith("covrun: missing shard 2/2 of plan "), merge.err());
    assertTrue(Files.notExists(dir.resolve("partial/merged.exec")));
  }

  @Test
  void should_exit_3_when_shards_come_from_different_plans() throws Exception {
    FixtureSuite.Result other = covrun(runArgs("other-2", "--shard", "2/2", "--include", "**/CalculatorTest", "--include", "**/StringsTest"));
    assertEquals(0, other.exitCode(), other.err());
    FixtureSuite.Result merge = covrun(List.of("merge", "shard-1", "other-2", "--out", "mixed/merged.exec"));
    assertEquals(3, merge.exitCode(), merge.err());
    assertTrue(merge.err().contains("come from different plans"), merge.err());
  }

  @Test
  void should_print_the_plan_without_running() throws Exception {
    FixtureSuite.Result plan = covrun(planArgs("--json"));
    assertEquals(0, plan.exitCode(), plan.err());
    JsonNode json = new ObjectMapper().readTree(plan.out());
    assertEquals(2, json.get("chunks").size());
    assertTrue(json.get("predictedImbalance").asDouble() >= 1.0);
    FixtureSuite.Result text = covrun(planArgs());
    assertTrue(text.out().contains("predicted imbalance"), text.out());
  }

  @Test
  void should_keep_a_group_in_one_chunk() throws Exception {
    FixtureSuite.Result plan = covrun(planArgs("--json", "--chunks", "4", "--group", "db=**/Db*"));
    assertEquals(0, plan.exitCode(), plan.err());
    long holding = 0;
    for (JsonNode chunk : new ObjectMapper().readTree(plan.out()).get("chunks")) {
      String units = chunk.get("units").toString();
      if (units.contains("DbRowsTest") || units.contains("DbCountTest")) {
        holding++;
        assertTrue(units.contains("DbRowsTest") && units.contains("DbCountTest"), units);
      }
    }
    assertEquals(1, holding);
  }

  private static List<String> planArgs(String... extra) {
    List<String> args = new ArrayList<>(List.of("plan"));
    args.addAll(runArgs("plan-out", extra));
    return args;
  }
}
