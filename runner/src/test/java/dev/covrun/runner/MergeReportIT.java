package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covrun.runner.report.GitRepo;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * `covrun merge` and `covrun report` as separate steps give what `covrun run` gave, on the exec
 * files of one real run; every report format, gate and input check of the report step.
 */
class MergeReportIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CLASSES = FixtureSuite.TARGET.resolve("classes");
  private static final Path SOURCES = FixtureSuite.ROOT.resolve("src/main/java");
  private static final String CALCULATOR = "dev/covrun/fixture/Calculator.class";

  @TempDir static Path dir;
  private static Path run;
  private static FixtureSuite.Result runResult;

  /** One real run, also exercising the run's report settings from flags and covrun.yaml. */
  @BeforeAll
  static void runSuite() throws Exception {
    run = dir.resolve("run");
    Path config = Files.writeString(dir.resolve("report-settings.yaml"), String.join("\n",
        "lcov: run-extra/lcov.info",
        "rules:",
        "  - element: BUNDLE",
        "    limits:",
        "      - counter: CLASS",
        "        value: TOTALCOUNT",
        "        maximum: 0",
        ""));
    List<String> args = new ArrayList<>(FixtureSuite.options(run, 3));
    args.addAll(List.of("--exclude", "**/failing/**", "--config", config.toString(),
        "--cobertura", run.resolve("cobertura.xml").toString(), "--json-summary", run.resolve("report.json").toString(),
        "--source-root", FixtureSuite.ROOT.toString()));
    runResult = FixtureSuite.covrun(dir, Map.of(), args);
  }

  private static FixtureSuite.Result covrun(String... args) {
    return covrunWith(Map.of(), args);
  }

  private static FixtureSuite.Result covrunWith(Map<String, String> env, String... args) {
    return FixtureSuite.covrun(dir, env, List.of(args));
  }

  private static List<String> reportArgs(String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--exec", run.toString(), "--classes", CLASSES.toString()));
    args.addAll(List.of(more));
    return args;
  }

  @Test
  void should_apply_the_report_settings_of_flags_and_covrun_yaml_in_a_run() throws Exception {
    assertEquals(2, runResult.exitCode(), runResult.out() + runResult.err());
    assertTrue(runResult.err().contains(
        "Rule violated for bundle fixtures: classes total count is 3, but expected maximum is 0"), runResult.err());
    assertTrue(Files.isRegularFile(run.resolve("cobertura.xml")));
    assertTrue(Files.isRegularFile(dir.resolve("run-extra/lcov.info")), "lcov path relative to the config file");
    JsonNode summary = JSON.readTree(run.resolve("report.json").toFile());
    // one coverage session per unit (test class), named after it
    assertEquals(JSON.readTree(run.resolve("summary.json").toFile()).get("units").asInt(), summary.get("sessions").size());
    assertEquals(
        JSON.readTree(run.resolve("summary.json").toFile()).get("coverage"), summary.get("coverage"));
  }

  @Test
  void should_merge_chunk_dirs_and_report_the_same_counters() throws Exception {
    FixtureSuite.Result merge = covrun("merge", run.resolve("chunks").toString(), "--out", "step/merged.exec");
    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.out().startsWith("merged 3 exec files"), merge.out());
    FixtureSuite.Result report =
        covrun("report", "--exec", "step/merged.exec", "--classes", CLASSES.toString(),
            "--xml", "step/jacoco.xml", "--html", "step/html");
    assertEquals(0, report.exitCode(), report.err());
    assertEquals(JacocoXml.classCounters(run.resolve("jacoco.xml")), JacocoXml.classCounters(dir.resolve("step/jacoco.xml")));
    assertTrue(Files.isRegularFile(dir.resolve("step/html/index.html")));
    assertTrue(report.out().contains("LINE"), report.out());
  }

  @Test
  void should_exit_2_from_report_when_below_the_minimum() {
    FixtureSuite.Result report =
        covrun("report", "--exec", run.resolve("merged.exec").toString(), "--classes", CLASSES.toString(), "--min", "BRANCH=100%");
    assertEquals(2, report.exitCode(), report.err());
    assertTrue(report.err().matches("BRANCH coverage \\d+\\.\\d\\d% is below the minimum 100\\.00%\\s*"), report.err());
  }

  @Test
  void should_exit_4_naming_a_truncated_exec_file_and_the_byte_where_reading_stopped() throws Exception {
    byte[] bytes = Files.readAllBytes(run.resolve("merged.exec"));
    Path truncated = Files.write(dir.resolve("truncated.exec"), Arrays.copyOf(bytes, bytes.length / 2));
    FixtureSuite.Result merge = covrun("merge", truncated.toString(), "--out", "t.exec");
    assertEquals(4, merge.exitCode());
    assertTrue(merge.err().matches("covrun: " + truncated + ": truncated exec file: reading stopped at byte "
        + bytes.length / 2 + " \\(inside the block that starts at byte \\d+\\)\\s*"), merge.err());
    assertTrue(Files.notExists(dir.resolve("t.exec")), "nothing written on bad input");
  }

  @Test
  void should_leave_out_a_truncated_chunk_with_skip_bad_and_say_the_result_is_partial() throws Exception {
    Path chunks = copyChunkExecs("skip");
    Path victim = chunks.resolve("2.exec");
    byte[] bytes = Files.readAllBytes(victim);
    Files.write(victim, Arrays.copyOf(bytes, bytes.length - 3));

    FixtureSuite.Result merge = covrun("merge", chunks.toString(), "--out", "skip.exec", "--skip-bad");
    FixtureSuite.Result report = covrun(reportArgs("--exec", chunks.toString(), "--skip-bad", "--json", "skip.json")
        .toArray(String[]::new));

    assertEquals(0, merge.exitCode(), merge.err());
    assertTrue(merge.err().startsWith("covrun: warning: skipped " + victim + ": truncated exec file: reading stopped at byte "
        + (bytes.length - 3)), merge.err());
    assertTrue(merge.err().contains("(--skip-bad): the result is PARTIAL"), merge.err());
    assertTrue(merge.out().contains("(PARTIAL: 1 bad files skipped)"), merge.out());
    assertEquals(0, report.exitCode(), report.err());
    JsonNode summary = JSON.readTree(dir.resolve("skip.json").toFile());
    assertTrue(summary.get("partial").asBoolean());
    assertEquals(victim.toString(), summary.get("skipped").get(0).get("file").asText());
  }

  @Test
  void should_warn_about_an_empty_exec_file_and_exit_4_for_mismatched_probe_counts() throws Exception {
    Path chunks = copyChunkExecs("odd");
    Path empty = Files.createFile(chunks.resolve("0-empty.exec"));
    Path mismatched = mismatchedCopy(chunks.resolve("1.exec"), dir.resolve("mismatched.exec"));

    FixtureSuite.Result withEmpty = covrun("merge", chunks.toString(), "--out", "odd.exec");
    FixtureSuite.Result withMismatch = covrun("merge", chunks.toString(), mismatched.toString(), "--out", "odd2.exec");

    assertEquals(0, withEmpty.exitCode(), withEmpty.err());
    assertEquals("covrun: warning: " + empty + ": empty exec file", withEmpty.err().strip());
    assertEquals(4, withMismatch.exitCode());
    assertTrue(withMismatch.err().startsWith("covrun: " + mismatched + ": execution data incompatible with "), withMismatch.err());
    assertTrue(Files.notExists(dir.resolve("odd2.exec")));
  }

  @Test
  void should_write_every_format_with_source_paths_relative_to_the_source_root() throws Exception {
    Path out = dir.resolve("formats");
    Path stepSummary = dir.resolve("step-summary.md");
    FixtureSuite.Result report = covrunWith(Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString()), reportArgs(
        "--sources", SOURCES.toString(), "--source-root", FixtureSuite.ROOT.toString(),
        "--xml", out.resolve("jacoco.xml").toString(), "--html", out.resolve("html").toString(),
        "--csv", out.resolve("jacoco.csv").toString(), "--cobertura", out.resolve("cobertura.xml").toString(),
        "--lcov", out.resolve("lcov.info").toString(), "--json", out.resolve("summary.json").toString(),
        "--markdown", out.resolve("summary.md").toString()).toArray(String[]::new));

    assertEquals(0, report.exitCode(), report.err());
    assertEquals("", report.err());
    String cobertura = Files.readString(out.resolve("cobertura.xml"));
    assertTrue(cobertura.contains("filename=\"src/main/java/dev/covrun/fixture/Calculator.java\""), cobertura);
    List<String> sourceFiles = Files.readAllLines(out.resolve("lcov.info")).stream()
        .filter(l -> l.startsWith("SF:")).map(l -> l.substring(3)).toList();
    assertEquals(3, sourceFiles.size(), sourceFiles.toString());
    sourceFiles.forEach(f -> assertTrue(Files.isRegularFile(FixtureSuite.ROOT.resolve(f)), f));
    assertTrue(Files.readString(out.resolve("jacoco.csv")).startsWith("GROUP,PACKAGE,CLASS,"));
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(JSON.readTree(run.resolve("summary.json").toFile()).get("coverage"), summary.get("coverage"));
    assertTrue(summary.get("packages").has("dev.covrun.fixture"), summary.toString());
    List<String> sessions = sorted(summary.get("sessions").findValuesAsText("id"));
    assertEquals(JSON.readTree(run.resolve("summary.json").toFile()).get("units").asInt(), sessions.size());
    assertTrue(sessions.contains("dev.covrun.fixture.CalculatorTest"), sessions.toString());
    summary.get("sessions").forEach(s -> assertEquals(run.resolve("merged.exec").toString(), s.get("file").asText()));
    String markdown = Files.readString(out.resolve("summary.md"));
    assertTrue(markdown.startsWith("## Coverage: covrun\n\n| Counter | Covered | Total | Coverage |"), markdown);
    assertEquals(markdown, Files.readString(stepSummary));
  }

  @Test
  void should_warn_when_no_source_file_resolves_for_cobertura() {
    FixtureSuite.Result report = covrun(reportArgs("--cobertura", "nosources/cobertura.xml").toArray(String[]::new));

    assertEquals(0, report.exitCode(), report.err());
    assertTrue(report.err().startsWith("covrun: warning: no source file of the report resolves (no --sources given)"),
        report.err());
  }

  @Test
  void should_exit_2_listing_every_rule_violation_in_jacocos_wording() throws Exception {
    long partlyCovered = JacocoXml.classCounters(run.resolve("jacoco.xml")).values().stream()
        .filter(counters -> !counters.matches(".*LINE 0/\\d+.*")).count();

    FixtureSuite.Result report = covrun(reportArgs("--rule", "element=CLASS,counter=LINE,minimum=100%").toArray(String[]::new));

    assertEquals(2, report.exitCode(), report.err());
    List<String> lines = report.err().lines().toList();
    assertEquals(partlyCovered, lines.size(), report.err());
    lines.forEach(line -> assertTrue(line.matches(
        "Rule violated for class dev\\.covrun\\.fixture\\.\\w+: lines covered ratio is 0\\.\\d\\d, but expected minimum is 1\\.00"), line));
  }

  @Test
  void should_pass_the_ratchet_on_equal_coverage_and_fail_saying_by_how_much_it_dropped() throws Exception {
    JsonNode summary = JSON.readTree(run.resolve("summary.json").toFile());
    JsonNode line = summary.get("coverage").get("LINE");
    Path better = Files.writeString(dir.resolve("better.json"),
        "{\"coverage\":{\"LINE\":{\"covered\":" + line.get("total").asLong() + ",\"missed\":0}}}");

    FixtureSuite.Result same = covrun(reportArgs("--baseline", run.resolve("summary.json").toString()).toArray(String[]::new));
    FixtureSuite.Result dropped = covrun(reportArgs("--baseline", better.toString(), "--tolerance", "1%").toArray(String[]::new));

    assertEquals(0, same.exitCode(), same.err());
    assertTrue(same.out().contains("against the baseline (tolerance 0 points):"), same.out());
    assertTrue(same.out().contains("LINE"), same.out());
    assertEquals(2, dropped.exitCode(), dropped.err());
    assertTrue(dropped.err().matches("LINE coverage dropped by \\d+\\.\\d\\d points \\(100\\.00% -> \\d+\\.\\d\\d%\\),"
        + " more than the tolerance of 1\\.00 points\\s*"), dropped.err());
  }

  @Test
  void should_gate_the_lines_a_real_git_diff_adds_to_the_sources() throws Exception {
    Path repo = dir.resolve("repo");
    copyTree(SOURCES, repo.resolve("src/main/java"));
    Path calculator = repo.resolve("src/main/java/dev/covrun/fixture/Calculator.java");
    List<String> real = Files.readAllLines(calculator);
    List<String> base = new ArrayList<>(real.subList(0, 38));
    base.add("}");
    base.set(7, "    return b + a;");
    Files.write(calculator, base);
    GitRepo git = GitRepo.init(repo);
    git.commitAll("base without factorial");
    Files.write(calculator, real);
    Map<Integer, Boolean> lines = JacocoXml.lines(run.resolve("jacoco.xml"), "Calculator.java");
    List<Integer> changed = new ArrayList<>(List.of(8));
    for (int nr = 38; nr <= real.size(); nr++) {
      changed.add(nr);
    }
    List<Integer> executable = changed.stream().filter(lines::containsKey).toList();
    long covered = executable.stream().filter(lines::get).count();

    FixtureSuite.Result report = FixtureSuite.covrun(repo, Map.of(), reportArgs(
        "--sources", "src/main/java", "--diff-base", "HEAD", "--min-patch", "LINE=100%", "--json", "patch.json"));

    assertEquals(covered == executable.size() ? 0 : 2, report.exitCode(), report.out() + report.err());
    assertTrue(report.out().contains("patch coverage: %d of %d changed executable lines covered".formatted(covered, executable.size())),
        report.out());
    assertTrue(report.out().contains("  src/main/java/dev/covrun/fixture/Calculator.java: %d of %d".formatted(covered, executable.size())),
        report.out());
    JsonNode patch = JSON.readTree(repo.resolve("patch.json").toFile()).get("patch");
    assertEquals(executable.size(), patch.get("lines").get("total").asInt());
    assertEquals(1, patch.get("changedFiles").asInt());
  }

  @Test
  void should_pass_with_a_note_when_the_diff_touches_no_executable_line() throws Exception {
    Path repo = dir.resolve("comment-only");
    copyTree(SOURCES, repo.resolve("src/main/java"));
    GitRepo git = GitRepo.init(repo);
    git.commitAll("base");
    Path calculator = repo.resolve("src/main/java/dev/covrun/fixture/Calculator.java");
    List<String> edited = new ArrayList<>(Files.readAllLines(calculator));
    edited.set(5, "  /** Returns the sum {@code a + b}. */");
    Files.write(calculator, edited);

    FixtureSuite.Result report = FixtureSuite.covrun(repo, Map.of(), reportArgs(
        "--sources", "src/main/java", "--diff-base", "HEAD", "--min-patch", "LINE=100%"));

    assertEquals(0, report.exitCode(), report.err());
    assertTrue(report.out().contains(
        "patch coverage: the change touches no executable line (1 changed lines in 1 files): nothing to gate"), report.out());
  }

  @Test
  void should_name_classes_whose_exec_data_comes_from_another_build_and_fail_with_strict_ids() throws Exception {
    Path otherBuild = dir.resolve("other-build");
    copyTree(CLASSES, otherBuild);
    Path calculator = otherBuild.resolve(CALCULATOR);
    Files.write(calculator, withExtraField(Files.readAllBytes(calculator)));

    FixtureSuite.Result lenient = covrun("report", "--exec", run.toString(), "--classes", otherBuild.toString());
    FixtureSuite.Result strict = covrun("report", "--exec", run.toString(), "--classes", otherBuild.toString(), "--strict-ids");
    FixtureSuite.Result both = covrun("report", "--exec", run.toString(), "--classes", CLASSES.toString(), "--classes", otherBuild.toString());

    assertEquals(0, lenient.exitCode(), lenient.err());
    assertTrue(lenient.err().startsWith("covrun: warning: execution data for 1 classes does not match their class files"), lenient.err());
    assertTrue(lenient.err().contains(": dev.covrun.fixture.Calculator ("), lenient.err());
    assertEquals(4, strict.exitCode(), strict.err());
    assertTrue(strict.err().startsWith("covrun: --strict-ids: execution data for 1 classes"), strict.err());
    assertEquals(4, both.exitCode(), both.err());
    assertEquals("covrun: " + otherBuild + ": two different class files for class dev.covrun.fixture.Calculator in --classes: "
        + CLASSES.resolve(CALCULATOR) + " and " + calculator, both.err().strip());
  }

  private static Path copyChunkExecs(String name) throws Exception {
    Path target = Files.createDirectories(dir.resolve(name));
    try (Stream<Path> chunks = Files.list(run.resolve("chunks"))) {
      for (Path chunk : chunks.sorted().toList()) {
        Files.copy(chunk.resolve("chunk.exec"), target.resolve(chunk.getFileName() + ".exec"));
      }
    }
    return target;
  }

  /** The real exec data of {@code source} with one more probe for every class: another JaCoCo's view. */
  private static Path mismatchedCopy(Path source, Path target) throws Exception {
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(source.toFile());
    try (OutputStream out = Files.newOutputStream(target)) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      loader.getSessionInfoStore().accept(writer);
      for (ExecutionData data : loader.getExecutionDataStore().getContents()) {
        writer.visitClassExecution(new ExecutionData(data.getId(), data.getName(), Arrays.copyOf(data.getProbes(), data.getProbes().length + 1)));
      }
    }
    return target;
  }

  /** The class as another build would produce it: same code, other bytes, so another class id. */
  private static byte[] withExtraField(byte[] original) {
    ClassReader reader = new ClassReader(original);
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(writer, 0);
    writer.visitField(Opcodes.ACC_PRIVATE, "otherBuild", "I", null, null).visitEnd();
    return writer.toByteArray();
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
