package dev.covrun.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.report.CounterType;
import dev.covrun.report.gate.CoverageRule;
import dev.covrun.report.gate.LimitValue;
import dev.covrun.report.gate.RuleLimit;
import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import dev.covrun.runner.report.ReportSettings;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSettingsResolverTest {
  private static final Set<String> KEYS =
      Set.of("cobertura", "lcov", "csv", "json-summary", "markdown", "source-root", "rule", "rules", "baseline",
          "tolerance", "diff-base", "min-patch", "strict-ids");

  @TempDir Path project;
  private Path cwd;

  @BeforeEach
  void layout() throws IOException {
    cwd = Files.createDirectories(project.resolve("elsewhere"));
  }

  private ReportSettings resolve(Settings flags, Settings file, Map<String, String> env) {
    return new ReportSettingsResolver(flags, cwd, file, project, env).resolve(project);
  }

  private Settings yaml(String... lines) throws IOException {
    Path file = Files.writeString(project.resolve("covrun.yaml"), String.join("\n", lines) + "\n");
    return ConfigFileReader.read(file, KEYS);
  }

  private CovrunException badInput(Settings flags, Settings file) {
    CovrunException e = assertThrows(CovrunException.class, () -> resolve(flags, file, Map.of()));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    return e;
  }

  @Test
  void should_want_nothing_extra_by_default() {
    assertEquals(ReportSettings.none(project), resolve(Settings.none(), Settings.none(), Map.of()));
  }

  @Test
  void should_resolve_flag_paths_against_the_cwd_and_file_paths_against_the_file() throws IOException {
    ReportSettings settings =
        resolve(Settings.of("cobertura", "out/cobertura.xml"), yaml("lcov: out/lcov.info", "cobertura: ignored.xml"), Map.of());

    assertEquals(Optional.of(cwd.resolve("out/cobertura.xml")), settings.cobertura());
    assertEquals(Optional.of(project.resolve("out/lcov.info")), settings.lcov());
  }

  @Test
  void should_read_maven_style_rules_from_covrun_yaml_keeping_the_written_precision() throws IOException {
    Settings file = yaml(
        "rules:",
        "  - element: PACKAGE",
        "    includes: [org.acme.*]",
        "    excludes: org.acme.generated",
        "    limits:",
        "      - counter: LINE",
        "        value: COVEREDRATIO",
        "        minimum: 0.80",
        "      - counter: BRANCH",
        "        minimum: 70%",
        "  - limits: [{minimum: 0.5}]");

    List<CoverageRule> rules = resolve(Settings.none(), file, Map.of()).rules();

    assertEquals(
        List.of(
            new CoverageRule(ElementType.PACKAGE, List.of("org.acme.*"), List.of("org.acme.generated"), List.of(
                new RuleLimit(CounterType.LINE, LimitValue.COVEREDRATIO, new BigDecimal("0.80"), null),
                new RuleLimit(CounterType.BRANCH, LimitValue.COVEREDRATIO, new BigDecimal("0.70"), null))),
            new CoverageRule(ElementType.BUNDLE, List.of("*"), List.of(), List.of(
                new RuleLimit(CounterType.INSTRUCTION, LimitValue.COVEREDRATIO, new BigDecimal("0.5"), null)))),
        rules);
  }

  @Test
  void should_let_rule_flags_replace_the_rules_of_the_file() throws IOException {
    Settings file = yaml("rule: \"counter=LINE,minimum=0.9\"", "rules:", "  - limits: [{minimum: 0.5}]");

    assertEquals(2, resolve(Settings.none(), file, Map.of()).rules().size());
    List<CoverageRule> fromFlag = resolve(Settings.of("rule", List.of("counter=BRANCH,minimum=0.1")), file, Map.of()).rules();
    assertEquals(1, fromFlag.size());
    assertEquals(CounterType.BRANCH, fromFlag.get(0).limits().get(0).counter());
  }

  @Test
  void should_name_an_unknown_key_of_a_rule_or_limit() throws IOException {
    assertEquals(
        "unknown key 'level' in rules[1] in covrun.yaml (expected element, excludes, includes, limits)",
        badInput(Settings.none(), yaml("rules:", "  - level: PACKAGE")).getMessage());
    assertEquals(
        "unknown key 'min' in limits[1] of rules[1] in covrun.yaml (expected counter, maximum, minimum, value)",
        badInput(Settings.none(), yaml("rules:", "  - limits: [{min: 0.5}]")).getMessage());
    assertEquals(
        "unknown counter 'LINES' in limits[1] of rules[1] in covrun.yaml (expected one of INSTRUCTION, LINE, BRANCH,"
            + " COMPLEXITY, METHOD, CLASS)",
        badInput(Settings.none(), yaml("rules:", "  - limits: [{counter: LINES, minimum: 0.5}]")).getMessage());
  }

  @Test
  void should_reject_bad_values_naming_them() {
    assertEquals(
        "invalid --tolerance 'some': expected a ratio such as 0.005 or percentage points such as 0.5%",
        badInput(Settings.of("tolerance", "some"), Settings.none()).getMessage());
    assertEquals(
        "counter CLASS in --min-patch 'CLASS=1' is not one of LINE, BRANCH, INSTRUCTION (the counters of changed lines)",
        badInput(Settings.of("min-patch", List.of("CLASS=1")), Settings.none()).getMessage());
    assertEquals(
        "invalid --diff-base '--output=x': expected a git revision such as origin/main",
        badInput(Settings.of("diff-base", "--output=x"), Settings.none()).getMessage());
    assertEquals(
        "no minimum or maximum in --rule 'counter=LINE'",
        badInput(Settings.of("rule", List.of("counter=LINE")), Settings.none()).getMessage());
  }

  @Test
  void should_fail_naming_a_missing_baseline_or_source_root() {
    assertEquals(
        "baseline summary not found: " + cwd.resolve("old.json") + " (--baseline)",
        badInput(Settings.of("baseline", "old.json"), Settings.none()).getMessage());
    assertEquals(
        "source root not found: " + cwd.resolve("nope") + " (--source-root)",
        badInput(Settings.of("source-root", "nope"), Settings.none()).getMessage());
  }

  @Test
  void should_parse_the_gate_settings() throws IOException {
    Files.writeString(cwd.resolve("old.json"), "{}");
    ReportSettings settings = resolve(
        Settings.of("baseline", "old.json", "tolerance", "0.5%", "diff-base", "origin/main",
            "min-patch", List.of("LINE=80%"), "strict-ids", true, "source-root", "."),
        Settings.none(), Map.of());

    assertEquals(Optional.of(cwd.resolve("old.json")), settings.baseline());
    assertEquals(0, new BigDecimal("0.005").compareTo(settings.tolerance()));
    assertEquals(Optional.of("origin/main"), settings.diffBase());
    assertEquals(new BigDecimal("0.80"), settings.minPatch().get(0).minimum());
    assertTrue(settings.strictIds());
    assertEquals(cwd, settings.sourceRoot());
  }

  @Test
  void should_take_the_step_summary_file_from_github_actions() {
    ReportSettings settings =
        resolve(Settings.none(), Settings.none(), Map.of("GITHUB_STEP_SUMMARY", "/tmp/step_summary"));

    assertEquals(Optional.of(Path.of("/tmp/step_summary")), settings.stepSummary());
  }
}
