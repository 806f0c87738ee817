package dev.covrun.runner.config;

import dev.covrun.report.Threshold;
import dev.covrun.report.gate.CoverageRule;
import dev.covrun.report.gate.PatchGate;
import dev.covrun.report.gate.RuleLimit;
import dev.covrun.report.gate.RuleSpec;
import dev.covrun.report.gate.Tolerance;
import dev.covrun.runner.CovrunException;
import dev.covrun.runner.report.ReportSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves the report and gate settings ({@code cobertura}, {@code rule}, {@code baseline}, ...)
 * from flags and covrun.yaml with the same precedence and path rules as {@link SettingsResolver}.
 * covrun.yaml may also hold {@code rules:}, a list of jacoco:check rules with the keys of its
 * Maven configuration (element, includes, excludes, limits of counter, value, minimum, maximum).
 */
public final class ReportSettingsResolver {

  /** Keys of covrun.yaml that are not flags: their values are structured. */
  public static final Set<String> FILE_ONLY_KEYS = Set.of("rules");

  private static final Set<String> RULE_KEYS = Set.of("element", "includes", "excludes", "limits");
  private static final Set<String> LIMIT_KEYS = Set.of("counter", "value", "minimum", "maximum");

  private final Settings flags;
  private final Settings file;
  private final Path flagBase;
  private final Path fileBase;
  private final Map<String, String> env;

  public ReportSettingsResolver(
      Settings flags, Path flagBase, Settings file, Path fileBase, Map<String, String> env) {
    this.flags = flags;
    this.file = file;
    this.flagBase = flagBase.toAbsolutePath().normalize();
    this.fileBase = fileBase.toAbsolutePath().normalize();
    this.env = env;
  }

  /** Resolves and validates; bad values throw a one-line exit-4 error naming them. */
  public ReportSettings resolve(Path defaultSourceRoot) {
    return new ReportSettings(
        path("csv"),
        path("cobertura"),
        path("lcov"),
        path("json-summary"),
        path("markdown"),
        sourceRoot(defaultSourceRoot),
        rules(),
        existing("baseline", "baseline summary"),
        tolerance(),
        diffBase(),
        minPatch(),
        Boolean.TRUE.equals(given("strict-ids").map(s -> s.bool("strict-ids")).orElse(false)),
        stepSummary());
  }

  private Optional<Path> path(String key) {
    return given(key).map(s -> base(s).resolve(s.string(key)).normalize());
  }

  private Optional<Path> existing(String key, String what) {
    Optional<Path> path = path(key);
    path.filter(p -> !Files.isRegularFile(p)).ifPresent(p -> {
      throw CovrunException.badInput(what + " not found: " + p + " (--" + key + ")");
    });
    return path;
  }

  private Path sourceRoot(Path fallback) {
    Path root = path("source-root").orElse(fallback.toAbsolutePath().normalize());
    if (!Files.isDirectory(root)) {
      throw CovrunException.badInput("source root not found: " + root + " (--source-root)");
    }
    return root;
  }

  private List<CoverageRule> rules() {
    List<CoverageRule> rules = new ArrayList<>();
    Optional<Settings> from = given("rule");
    from.ifPresent(s -> s.list("rule").forEach(spec -> rules.add(valid(() -> RuleSpec.parse(spec)))));
    if (from.map(s -> s == file).orElse(true) && file.has("rules")) {
      rules.addAll(fileRules(file.values().get("rules")));
    }
    return rules;
  }

  private List<CoverageRule> fileRules(Object value) {
    if (!(value instanceof List<?> items)) {
      throw CovrunException.badInput("'rules' in covrun.yaml must be a list of rules");
    }
    List<CoverageRule> rules = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String where = "rules[" + (i + 1) + "] in covrun.yaml";
      Map<?, ?> rule = map(items.get(i), where, RULE_KEYS);
      List<Object> limitItems = list(rule.get("limits"));
      List<RuleLimit> limits = new ArrayList<>();
      for (int j = 0; j < limitItems.size(); j++) {
        String limitWhere = "limits[" + (j + 1) + "] of " + where;
        Map<?, ?> limit = map(limitItems.get(j), limitWhere, LIMIT_KEYS);
        limits.add(valid(() -> RuleSpec.limit(text(limit.get("counter")), text(limit.get("value")),
            text(limit.get("minimum")), text(limit.get("maximum")), limitWhere)));
      }
      rules.add(valid(() -> RuleSpec.rule(text(rule.get("element")), strings(rule.get("includes")),
          strings(rule.get("excludes")), limits, where)));
    }
    return rules;
  }

  private static Map<?, ?> map(Object item, String where, Set<String> keys) {
    if (!(item instanceof Map<?, ?> map)) {
      throw CovrunException.badInput(where + " must be a map with the keys " + String.join(", ", sorted(keys)));
    }
    for (Object key : map.keySet()) {
      if (!keys.contains(String.valueOf(key))) {
        throw CovrunException.badInput(
            "unknown key '" + key + "' in " + where + " (expected " + String.join(", ", sorted(keys)) + ")");
      }
    }
    return map;
  }

  private static List<Object> list(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
  }

  private static List<String> strings(Object value) {
    return list(value).stream().map(ReportSettingsResolver::text).toList();
  }

  // Decimals come as BigDecimal so that 0.80 keeps the precision jacoco:check rounds to.
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
  }

  private BigDecimal tolerance() {
    return given("tolerance").map(s -> valid(() -> Tolerance.parse(s.string("tolerance")))).orElse(BigDecimal.ZERO);
  }

  private Optional<String> diffBase() {
    Optional<String> ref = given("diff-base").map(s -> s.string("diff-base").trim());
    ref.filter(r -> r.isEmpty() || r.startsWith("-")).ifPresent(r -> {
      throw CovrunException.badInput("invalid --diff-base '" + r + "': expected a git revision such as origin/main");
    });
    return ref;
  }

  private List<Threshold> minPatch() {
    return given("min-patch").map(s -> s.list("min-patch").stream().map(spec -> valid(() -> PatchGate.parse(spec))).toList())
        .orElse(List.of());
  }

  private Optional<Path> stepSummary() {
    String value = env.get("GITHUB_STEP_SUMMARY");
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(flagBase.resolve(value).normalize());
  }

  private Optional<Settings> given(String key) {
    return Settings.firstGiving(key, flags, file);
  }

  private Path base(Settings settings) {
    return settings == flags ? flagBase : fileBase;
  }

  private static <T> T valid(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw CovrunException.badInput(e.getMessage());
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
