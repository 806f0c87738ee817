package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covrun.runner.timing.TimingsFile;
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
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Real runs of the fixtures' Cucumber features (src/test/resources/features): alone and mixed
 * with the JUnit classes, in 1 and 4 chunks, with the real engine and the real JaCoCo agent.
 */
class FeatureRunIT {
  private static final String FEATURES = "classpath:features";
  private static final String NO_CLASSES = "**/NoSuchClass";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static FixtureSuite.Result run(String out, int chunks, String... extra) {
    List<String> args = new ArrayList<>(FixtureSuite.options(dir.resolve(out), chunks));
    args.addAll(List.of(extra));
    return FixtureSuite.covrun(dir, Map.of(), args);
  }

  @BeforeAll
  static void runTheSuites() {
    for (int chunks : List.of(1, 4)) {
      assertPassed(run("features-" + chunks, chunks, "--features", FEATURES, "--include", NO_CLASSES));
      assertPassed(run("mixed-" + chunks, chunks, "--features", FEATURES, "--exclude", "**/failing/**"));
    }
  }

  private static void assertPassed(FixtureSuite.Result result) {
    assertEquals(0, result.exitCode(), result.out() + result.err());
  }

  @Test
  void should_report_identical_class_counters_for_features_alone_with_1_and_4_chunks() throws Exception {
    Map<String, String> serial = JacocoXml.classCounters(dir.resolve("features-1/jacoco.xml"));
    assertEquals(Set.of("dev/covrun/fixture/Calculator", "dev/covrun/fixture/Grades", "dev/covrun/fixture/Strings"),
        serial.keySet());
    assertEquals(serial, JacocoXml.classCounters(dir.resolve("features-4/jacoco.xml")));
  }

  @Test
  void should_report_identical_class_counters_for_classes_and_features_with_1_and_4_chunks() throws Exception {
    Map<String, String> serial = JacocoXml.classCounters(dir.resolve("mixed-1/jacoco.xml"));
    assertEquals(serial, JacocoXml.classCounters(dir.resolve("mixed-4/jacoco.xml")));
    assertFalse(serial.equals(JacocoXml.classCounters(dir.resolve("features-1/jacoco.xml"))),
        "the JUnit classes cover more than the features alone");
  }

  @Test
  void should_plan_classes_and_features_as_units_and_record_their_durations() throws Exception {
    JsonNode summary = JSON.readTree(dir.resolve("mixed-4/summary.json").toFile());
    Set<String> timed = TimingsFile.read(dir.resolve("mixed-4-timings.json")).seconds().keySet();
    assertTrue(timed.contains("feature:calculator/arithmetic.feature"), timed.toString());
    assertTrue(timed.contains("dev.covrun.fixture.CalculatorTest"), timed.toString());
    assertEquals(timed.size(), summary.get("units").asInt());
  }

  @Test
  void should_count_scenarios_and_steps_in_the_summary_and_the_console() throws Exception {
    JsonNode summary = JSON.readTree(dir.resolve("features-4/summary.json").toFile());
    int scenarios = 0;
    int steps = 0;
    int skipped = 0;
    for (JsonNode chunk : summary.get("chunks")) {
      scenarios += chunk.get("scenarios").asInt();
      steps += chunk.get("steps").asInt();
      skipped += chunk.get("skipped").asInt();
    }
    // 15 scenarios (outline rows count one each) with 30 steps; @ignore skips one more.
    assertEquals(15, scenarios);
    assertEquals(30, steps);
    assertEquals(1, skipped, "the scenario tagged @ignore in junit-platform.properties stays skipped");
  }

  @Test
  void should_leave_scenario_and_step_counts_out_of_a_run_without_features() throws Exception {
    FixtureSuite.Result result = run("classes-only", 2, "--exclude", "**/failing/**", "--include", "**/CalculatorTest");
    assertPassed(result);
    assertFalse(result.out().contains("scenarios"), result.out());
    JsonNode chunk = JSON.readTree(dir.resolve("classes-only/summary.json").toFile()).get("chunks").get(0);
    assertFalse(chunk.has("scenarios") || chunk.has("steps"), chunk.toString());
  }

  @Test
  void should_give_feature_units_their_chunks_own_database_copy() throws Exception {
    Set<String> chunksWithRows = new TreeSet<>();
    for (int chunk = 1; chunk <= 4; chunk++) {
      for (String seen : seenChunks(dir.resolve("mixed-4/chunks/" + chunk + "/db/template.db"))) {
        assertEquals(String.valueOf(chunk), seen, "chunk " + chunk + "'s copy has rows of " + seen);
        chunksWithRows.add(seen);
      }
    }
    assertTrue(chunksWithRows.size() >= 2, "DB tests and features ran in only " + chunksWithRows);
  }

  @Test
  void should_write_junit_xml_per_feature_naming_feature_and_scenarios() throws Exception {
    Path xml = findJunitXml(dir.resolve("features-4"), "TEST-feature_calculator_arithmetic.feature.xml");
    Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
    assertEquals("feature:calculator/arithmetic.feature", suite.getAttribute("name"));
    List<String> cases = new ArrayList<>();
    NodeList testCases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < testCases.getLength(); i++) {
      Element testCase = (Element) testCases.item(i);
      cases.add(testCase.getAttribute("classname") + ": " + testCase.getAttribute("name"));
    }
    assertEquals(
        List.of("Arithmetic: Adding", "Arithmetic: Dividing <a> by <b> > Examples > Example #1.1",
            "Arithmetic: Dividing <a> by <b> > Examples > Example #1.2", "Arithmetic: Subtracting"),
        cases.stream().sorted().toList());
  }

  @Test
  void should_merge_every_chunks_junit_xml_into_one_file_naming_features_and_scenarios() throws Exception {
    Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("mixed-4/junit.xml").toFile()).getDocumentElement();
    List<String> suites = new ArrayList<>();
    NodeList nodes = root.getElementsByTagName("testsuite");
    for (int i = 0; i < nodes.getLength(); i++) {
      suites.add(((Element) nodes.item(i)).getAttribute("name"));
    }
    assertTrue(suites.contains("feature:grades/letters.feature"), suites.toString());
    assertTrue(suites.contains("JUnit Jupiter"), suites.toString());
    NodeList cases = root.getElementsByTagName("testcase");
    List<String> letters = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      if (testCase.getAttribute("classname").equals("Letter grades")) {
        letters.add(testCase.getAttribute("name"));
      }
    }
    assertEquals(
        List.of("A score of <score> is <letter> > Examples > Example #1.1", "A score of <score> is <letter> > Examples > Example #1.2",
            "A score of <score> is <letter> > Examples > Example #1.3", "Describing a grade"),
        letters.stream().sorted().toList());
  }

  @Test
  void should_let_cucumber_properties_override_junit_platform_properties() throws Exception {
    FixtureSuite.Result result = run("tags", 2, "--features", FEATURES, "--include", NO_CLASSES,
        "--cucumber-property", "cucumber.filter.tags=not @ignore and not @slow");
    assertPassed(result);
    int skipped = 0;
    for (JsonNode chunk : JSON.readTree(dir.resolve("tags/summary.json").toFile()).get("chunks")) {
      skipped += chunk.get("skipped").asInt();
    }
    assertEquals(2, skipped, "@ignore and the @slow feature's scenario");
  }

  @Test
  void should_exit_1_naming_the_failing_step_with_its_file_and_line_and_the_feature_that_does_not_parse()
      throws Exception {
    FixtureSuite.Result result = run("failing", 2, "--features", "classpath:features-failing", "--include", NO_CLASSES);
    assertEquals(1, result.exitCode(), result.out() + result.err());
    assertTrue(result.err().contains(
        "FAILED Wrong sum > Adding badly: expected: <5> but was: <4>"
            + " (step 'the result is 5' at failing/wrong_sum.feature:5)"), result.err());
    assertTrue(result.err().contains(
        "FAILED feature:failing/broken.feature: feature file failing/broken.feature does not parse: (4:3): "),
        result.err());
    List<String> units = new ArrayList<>();
    JSON.readTree(dir.resolve("failing/summary.json").toFile()).get("failures").forEach(f -> units.add(f.get("unit").asText()));
    assertEquals(List.of("feature:failing/broken.feature", "feature:failing/wrong_sum.feature"), units.stream().sorted().toList());
  }

  @Test
  void should_exit_4_when_the_features_directory_holds_no_feature_file() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty-features"));
    Files.writeString(empty.resolve("notes.txt"), "no features here");
    FixtureSuite.Result result = run("empty", 2, "--features", empty.toString());
    assertEquals(4, result.exitCode(), result.out() + result.err());
    assertEquals("covrun: no feature files found in " + empty + " (--features)", result.err().strip());
  }

  @Test
  void should_exit_4_when_the_classpath_folder_holds_no_feature_file() {
    FixtureSuite.Result result = run("empty-cp", 2, "--features", "classpath:dev/covrun");
    assertEquals(4, result.exitCode(), result.out() + result.err());
    assertEquals("covrun: no feature files found in classpath:dev/covrun (--features)", result.err().strip());
  }

  @Test
  void should_pin_tagged_and_globbed_features_to_one_chunk_each() throws Exception {
    FixtureSuite.Result plan = FixtureSuite.covrun(dir, Map.of(), planArgs("--group", "calc=calculator/**"));
    assertPassed(plan);
    List<String> dbChunks = new ArrayList<>();
    List<String> calcChunks = new ArrayList<>();
    for (JsonNode chunk : JSON.readTree(plan.out()).get("chunks")) {
      String units = chunk.get("units").toString();
      if (units.contains("feature:db/")) {
        dbChunks.add(units);
      }
      if (units.contains("feature:calculator/")) {
        calcChunks.add(units);
      }
    }
    assertEquals(1, dbChunks.size(), dbChunks.toString());
    assertTrue(dbChunks.get(0).contains("feature:db/items.feature") && dbChunks.get(0).contains("feature:db/visits.feature"));
    assertEquals(1, calcChunks.size(), calcChunks.toString());
    assertTrue(calcChunks.get(0).contains("arithmetic") && calcChunks.get(0).contains("limits"));
  }

  private static List<String> planArgs(String... extra) {
    List<String> args = new ArrayList<>(List.of("plan", "--json"));
    args.addAll(FixtureSuite.options(dir.resolve("plan"), 4));
    args.addAll(List.of("--features", FEATURES, "--include", NO_CLASSES));
    args.addAll(List.of(extra));
    return args;
  }

  private static Path findJunitXml(Path out, String name) throws Exception {
    try (var files = Files.walk(out.resolve("chunks"))) {
      return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
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
