package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real faults in real test JVMs: a test that calls System.exit, one that SIGKILLs its JVM, one that
 * hangs with a child process, one that runs out of memory, flaky ones. Each run is the fixture
 * suite plus one fault: the fault's unit is named, every other unit's coverage is in jacoco.xml,
 * no JVM is left, and the exit code is the documented one.
 */
class FaultIT {
  private static final String FAULTS_PACKAGE = "dev.covrun.fixture.faults.";

  @TempDir static Path dir;
  private static Map<String, String> baseline;

  /** The fixture suite without its failing and fault classes, plus what extra adds. */
  private static FixtureSuite.Result covrun(String name, List<String> extra) {
    List<String> args = new ArrayList<>(FixtureSuite.withFaults(dir.resolve(name), 2));
    args.addAll(List.of("--exclude", "**/failing/**", "--include", "**/*Test"));
    args.add("--jvm-arg=-Dcovrun.faults.dir=" + faultsDir(name));
    args.addAll(extra);
    return FixtureSuite.covrun(dir, Map.of(), args);
  }

  private static FixtureSuite.Result withFault(String name, String fault, String... extra) {
    List<String> args = new ArrayList<>(List.of("--include", "**/faults/" + fault));
    args.addAll(List.of(extra));
    return covrun(name, args);
  }

  private static Path faultsDir(String name) {
    return dir.resolve(name + "-faults");
  }

  @BeforeAll
  static void runTheSuiteWithoutFaults() throws Exception {
    FixtureSuite.Result result = covrun("baseline", List.of());
    assertEquals(0, result.exitCode(), result.out() + result.err());
    baseline = JacocoXml.classCounters(dir.resolve("baseline/jacoco.xml"));
    assertFalse(baseline.isEmpty());
  }

  /** Every class covered as without the fault: the faults touch none of the library. */
  private static void assertOtherCoverageKept(String name) throws Exception {
    assertEquals(baseline, JacocoXml.classCounters(dir.resolve(name + "/jacoco.xml")));
  }

  private static void assertNothingLeft(String name) throws Exception {
    assertEquals(List.of(), TestJvms.runningUnder(dir.resolve(name)));
    assertEquals(List.of(), TestJvms.liveChildren(faultsDir(name)));
  }

  private static JsonNode summary(String name) throws Exception {
    return new ObjectMapper().readTree(dir.resolve(name + "/summary.json").toFile());
  }

  private static String problems(String name) throws Exception {
    return summary(name).get("problems").toString();
  }

  @Test
  void should_exit_3_naming_the_unit_that_called_system_exit_and_keep_its_coverage_too() throws Exception {
    FixtureSuite.Result result = withFault("exit", "SystemExitFault");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().matches("(?s).*covrun: worker \\d+ exited with 3 while running " + FAULTS_PACKAGE + "SystemExitFault.*"), result.err());
    assertTrue(problems("exit").contains(FAULTS_PACKAGE + "SystemExitFault: worker "), problems("exit"));
    assertOtherCoverageKept("exit");
    ExecFileLoader merged = new ExecFileLoader();
    merged.load(dir.resolve("exit/merged.exec").toFile());
    assertTrue(
        merged.getSessionInfoStore().getInfos().stream().anyMatch(s -> s.getId().equals(FAULTS_PACKAGE + "SystemExitFault")),
        "the exit dump wrote a session for the unit in flight");
    assertTrue(
        merged.getExecutionDataStore().getContents().stream()
            .filter(data -> data.getName().equals("dev/covrun/fixture/faults/SystemExitFault"))
            .anyMatch(ExecutionData::hasHits),
        "and kept the unit's own coverage");
    assertNothingLeft("exit");
  }

  @Test
  void should_exit_3_naming_the_unit_whose_jvm_was_killed_with_sigkill() throws Exception {
    FixtureSuite.Result result = withFault("sigkill", "SigkillFault");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("exited with 137 while running " + FAULTS_PACKAGE + "SigkillFault"), result.err());
    assertTrue(result.out().contains("rerunning 1 unit in fresh JVMs: " + FAULTS_PACKAGE + "SigkillFault"), result.out());
    assertOtherCoverageKept("sigkill");
    assertNothingLeft("sigkill");
  }

  @Test
  void should_give_a_static_chunk_a_fresh_worker_for_the_units_after_the_crash() throws Exception {
    FixtureSuite.Result result = withFault("static", "SigkillFault", "--dist", "static");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    JsonNode chunks = summary("static").get("chunks");
    assertTrue(chunks.toString().contains("\"role\":\"replacement\"") || chunks.toString().contains("\"role\":\"rerun\""), chunks.toString());
    assertEquals("static", summary("static").get("dist").asText());
    assertOtherCoverageKept("static");
    assertNothingLeft("static");
  }

  @Test
  void should_kill_a_hung_unit_and_its_child_process_after_the_unit_timeout() throws Exception {
    // long enough that no real unit reaches it on a busy CI machine; handed out first to overlap the rest
    handOutFirst("hang", "HangFault");
    FixtureSuite.Result result = withFault("hang", "HangFault", "--unit-timeout", "8s");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("killed after exceeding --unit-timeout 8s while running " + FAULTS_PACKAGE + "HangFault"), result.err());
    assertTrue(threadDumps("hang").contains("HangFault.should_wait_forever"), "thread dump in the chunk log");
    assertOtherCoverageKept("hang");
    assertNothingLeft("hang");
  }

  /** Makes the fault the first unit handed out: all units known, the fault by far the longest. */
  private static void handOutFirst(String name, String fault) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> timings =
        new TreeMap<>(json.readValue(dir.resolve("baseline-timings.json").toFile(), new TypeReference<Map<String, Object>>() {}));
    timings.put(FAULTS_PACKAGE + fault, 1000.0);
    json.writeValue(dir.resolve(name + "-timings.json").toFile(), timings);
  }

  @Test
  void should_stop_everything_at_the_run_timeout_and_still_report() throws Exception {
    handOutFirst("timeout", "HangFault");
    FixtureSuite.Result result = withFault("timeout", "HangFault", "--timeout", "8s");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    assertTrue(problems("timeout").contains("the run exceeded --timeout 8s"), problems("timeout"));
    assertTrue(problems("timeout").contains(FAULTS_PACKAGE + "HangFault: worker "), problems("timeout"));
    assertTrue(Files.isRegularFile(dir.resolve("timeout/jacoco.xml")), "reports from what ran");
    assertNothingLeft("timeout");
  }

  @Test
  void should_exit_3_naming_the_unit_that_ran_out_of_memory() throws Exception {
    FixtureSuite.Result result = withFault("oom", "OomFault", "--jvm-arg=-Xmx64m");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("while running " + FAULTS_PACKAGE + "OomFault"), result.err());
    assertTrue(result.err().contains("OutOfMemoryError"), "the worker's last output lines: " + result.err());
    assertOtherCoverageKept("oom");
    assertNothingLeft("oom");
  }

  @Test
  void should_count_a_unit_that_passes_on_rerun_as_flaky_and_passed() throws Exception {
    FixtureSuite.Result result = withFault("flaky", "FlakyFault", "--rerun-failures", "2");

    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(result.out().contains("FLAKY " + FAULTS_PACKAGE + "FlakyFault (counted as passed)"), result.out());
    JsonNode flaky = summary("flaky").get("flaky");
    assertEquals(FAULTS_PACKAGE + "FlakyFault", flaky.get(0).get("unit").asText());
    assertEquals(2, flaky.get(0).get("attempts").asInt());
    assertEquals("first run fails on purpose", flaky.get(0).get("failures").get(0).get("message").asText());
    assertEquals(0, summary("flaky").get("failures").size());
    String junit = Files.readString(dir.resolve("flaky/junit/TEST-" + FAULTS_PACKAGE + "FlakyFault.xml"));
    assertTrue(junit.contains("<flakyFailure message=\"first run fails on purpose\""), junit);
    assertTrue(junit.contains("failures=\"0\""), junit);
    assertOtherCoverageKept("flaky");
  }

  @Test
  void should_fail_a_flaky_unit_without_reruns() throws Exception {
    FixtureSuite.Result result = withFault("flaky-once", "FlakyFault");

    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertEquals(0, summary("flaky-once").get("flaky").size());
    assertEquals(FAULTS_PACKAGE + "FlakyFault", summary("flaky-once").get("failures").get(0).get("unit").asText());
  }

  @Test
  void should_not_be_incomplete_when_a_crashed_unit_passes_on_retry() throws Exception {
    FixtureSuite.Result result = withFault("crash-once", "CrashOnceFault");

    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains("exited with 7 while running " + FAULTS_PACKAGE + "CrashOnceFault"), result.err());
    JsonNode flaky = summary("crash-once").get("flaky");
    assertTrue(flaky.get(0).get("history").asText().matches("worker \\d+ exited with 7 while running it; then passed in worker \\d+"), flaky.toString());
    String junit = Files.readString(dir.resolve("crash-once/junit/TEST-" + FAULTS_PACKAGE + "CrashOnceFault.xml"));
    assertTrue(junit.contains("<flakyError"), junit);
    assertOtherCoverageKept("crash-once");
    assertNothingLeft("crash-once");
  }

  @Test
  void should_write_an_error_report_for_a_unit_whose_jvm_died() throws Exception {
    FixtureSuite.Result result = withFault("junit", "SystemExitFault");

    assertEquals(3, result.exitCode(), result.out() + result.err());
    String junit = Files.readString(dir.resolve("junit/junit/TEST-" + FAULTS_PACKAGE + "SystemExitFault.xml"));
    assertTrue(junit.contains("errors=\"1\""), junit);
    assertTrue(junit.contains("type=\"covrun.TestJvmLost\""), junit);
    assertTrue(Files.isRegularFile(dir.resolve("junit/junit/TEST-dev.covrun.fixture.CalculatorTest.xml")));
  }

  @Test
  void should_give_a_replacement_the_chunk_of_the_jvm_it_replaces_and_a_worker_number_of_its_own() throws Exception {
    // ChunkEnvWaitFault goes out first and holds its worker until ChunkEnvFault has run; the other
    // worker takes the chunk-env group and crashes in its first class, so only its replacement can
    // run ChunkEnvFault, while the waiting worker is alive.
    Map<String, Double> timings = new TreeMap<>();
    timings.put(FAULTS_PACKAGE + "ChunkEnvWaitFault", 100.0);
    timings.put(FAULTS_PACKAGE + "ChunkEnvCrashFault", 1.0);
    timings.put(FAULTS_PACKAGE + "ChunkEnvFault", 1.0);
    new ObjectMapper().writeValue(dir.resolve("chunk-env-timings.json").toFile(), timings);
    List<String> args = new ArrayList<>(FixtureSuite.withFaults(dir.resolve("chunk-env"), 2));
    args.addAll(List.of("--include", "**/faults/ChunkEnv*Fault", "--jvm-arg=-Dcovrun.faults.dir=" + faultsDir("chunk-env")));
    FixtureSuite.Result result = FixtureSuite.covrun(dir, Map.of(), args);

    assertEquals(0, result.exitCode(), result.out() + result.err());
    Map<String, Properties> seen = seenEnvironments("chunk-env");
    seen.forEach(FaultIT::assertChunkWithinTwoAndWorkerNamingItsDirectory);
    JsonNode crashed = onlyJvm("chunk-env", "status", "crashed");
    JsonNode replacement = onlyJvm("chunk-env", "role", "replacement");
    Properties crashedEnv = seen.get(crashed.get("worker").asInt() + "/ChunkEnvCrashFault");
    Properties replacementEnv = seen.get(replacement.get("worker").asInt() + "/ChunkEnvFault");
    assertTrue(crashedEnv != null && replacementEnv != null, seen.keySet().toString());
    assertEquals(crashedEnv.getProperty("COVRUN_CHUNK"), replacementEnv.getProperty("COVRUN_CHUNK"), "the replacement takes the crashed JVM's chunk");
    assertFalse(crashedEnv.getProperty("COVRUN_WORKER").equals(replacementEnv.getProperty("COVRUN_WORKER")), "but has a worker number of its own");
    assertEquals(replacementEnv.getProperty("COVRUN_CHUNK"), replacement.get("chunk").asText(), "summary.json shows the chunk the JVM saw");
    Properties waiting = seen.entrySet().stream().filter(e -> e.getKey().endsWith("/ChunkEnvWaitFault")).findFirst().orElseThrow().getValue();
    assertFalse(waiting.getProperty("COVRUN_CHUNK").equals(replacementEnv.getProperty("COVRUN_CHUNK")), "two live JVMs shared a chunk");
    assertNothingLeft("chunk-env");
  }

  /** What each test JVM recorded in its temp dir, by {@code WORKER/FAULT} (the directory it ran in). */
  private static Map<String, Properties> seenEnvironments(String name) throws Exception {
    Map<String, Properties> seen = new TreeMap<>();
    try (var files = Files.find(dir.resolve(name).resolve("chunks"), 3, (path, attributes) -> path.getFileName().toString().startsWith("env-"))) {
      for (Path file : files.toList()) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
          properties.load(in);
        }
        String fault = file.getFileName().toString().replaceAll("^env-|\\.properties$", "");
        seen.put(file.getParent().getParent().getFileName() + "/" + fault, properties);
      }
    }
    return seen;
  }

  private static void assertChunkWithinTwoAndWorkerNamingItsDirectory(String where, Properties env) {
    String worker = where.substring(0, where.indexOf('/'));
    assertEquals("2", env.getProperty("COVRUN_CHUNKS"), where);
    assertTrue(List.of("1", "2").contains(env.getProperty("COVRUN_CHUNK")), where + ": COVRUN_CHUNK=" + env.getProperty("COVRUN_CHUNK"));
    assertEquals(worker, env.getProperty("COVRUN_WORKER"), where);
    for (String variable : List.of("COVRUN_CHUNK", "COVRUN_CHUNKS", "COVRUN_WORKER")) {
      assertEquals(env.getProperty(variable), env.getProperty(variable.toLowerCase().replace('_', '.')), where + ": property and variable differ");
    }
  }

  /** The one summary.json entry (test JVM) whose field has the value. */
  private static JsonNode onlyJvm(String name, String field, String value) throws Exception {
    List<JsonNode> matching = new ArrayList<>();
    summary(name).get("chunks").forEach(jvm -> {
      if (jvm.get(field).asText().equals(value)) {
        matching.add(jvm);
      }
    });
    assertEquals(1, matching.size(), summary(name).get("chunks").toString());
    return matching.get(0);
  }

  private static String threadDumps(String name) throws Exception {
    StringBuilder logs = new StringBuilder();
    try (var chunks = Files.list(dir.resolve(name).resolve("chunks"))) {
      for (Path chunk : chunks.toList()) {
        Path log = chunk.resolve("stdout.log");
        if (Files.exists(log)) {
          logs.append(Files.readString(log));
        }
      }
    }
    assertFalse(logs.isEmpty());
    return logs.toString();
  }
}
