package dev.covrun.report.gate;

import dev.covrun.report.CounterType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jacoco.core.analysis.ICoverageNode.ElementType;

/**
 * Builds {@link CoverageRule}s from text, with jacoco:check's defaults (BUNDLE, INSTRUCTION,
 * COVEREDRATIO) and messages naming the bad value and where it was written: the {@code --rule}
 * flag ({@code element=PACKAGE,includes=org.acme.*,counter=LINE,value=COVEREDRATIO,minimum=80%})
 * or one entry of the {@code rules:} list in covrun.yaml.
 */
public final class RuleSpec {

  private static final Set<String> KEYS =
      Set.of("element", "includes", "excludes", "counter", "value", "minimum", "maximum");
  private static final List<ElementType> ELEMENTS =
      List.of(ElementType.BUNDLE, ElementType.PACKAGE, ElementType.CLASS, ElementType.SOURCEFILE, ElementType.METHOD);

  private RuleSpec() {}

  /**
   * Parses one {@code --rule}: comma-separated {@code key=value} pairs; several include or
   * exclude patterns are separated by {@code :} as in JaCoCo.
   *
   * @throws IllegalArgumentException with a one-line message naming the bad part
   */
  public static CoverageRule parse(String spec) {
    String where = "--rule '" + spec + "'";
    Map<String, String> pairs = pairs(spec, where);
    List<String> includes = patterns(pairs.get("includes"));
    List<String> excludes = patterns(pairs.get("excludes"));
    RuleLimit limit =
        limit(pairs.get("counter"), pairs.get("value"), pairs.get("minimum"), pairs.get("maximum"), where);
    return rule(pairs.get("element"), includes, excludes, List.of(limit), where);
  }

  /** A rule from its parts (null means JaCoCo's default); {@code where} names it in messages. */
  public static CoverageRule rule(
      String element, List<String> includes, List<String> excludes, List<RuleLimit> limits, String where) {
    if (limits.isEmpty()) {
      throw new IllegalArgumentException("no limits in " + where + ": give at least one minimum or maximum");
    }
    return new CoverageRule(element(element, where), includes, excludes, limits);
  }

  /** A limit from its parts (null means JaCoCo's default); {@code where} names it in messages. */
  public static RuleLimit limit(String counter, String value, String minimum, String maximum, String where) {
    CounterType type = named(CounterType.class, counter, CounterType.INSTRUCTION, "counter", where);
    LimitValue compared = named(LimitValue.class, value, LimitValue.COVEREDRATIO, "value", where);
    if (minimum == null && maximum == null) {
      throw new IllegalArgumentException("no minimum or maximum in " + where);
    }
    BigDecimal min = bound(minimum, "minimum", compared, where);
    BigDecimal max = bound(maximum, "maximum", compared, where);
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "minimum '%s' is above maximum '%s' in %s".formatted(minimum, maximum, where));
    }
    return new RuleLimit(type, compared, min, max);
  }

  private static Map<String, String> pairs(String spec, String where) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String part : spec.split(",")) {
      int equals = part.indexOf('=');
      String key = equals < 0 ? part.trim() : part.substring(0, equals).trim().toLowerCase(Locale.ROOT);
      if (equals < 0 || !KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "invalid '%s' in %s: expected KEY=VALUE with KEY one of %s"
                .formatted(part.trim(), where, String.join(", ", sorted(KEYS))));
      }
      if (pairs.put(key, part.substring(equals + 1).trim()) != null) {
        throw new IllegalArgumentException("'" + key + "' given twice in " + where);
      }
    }
    return pairs;
  }

  private static List<String> patterns(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(":")).map(String::trim).filter(p -> !p.isEmpty()).toList();
  }

  private static ElementType element(String name, String where) {
    if (name == null || name.isBlank()) {
      return ElementType.BUNDLE;
    }
    return ELEMENTS.stream()
        .filter(e -> e.name().equalsIgnoreCase(name.trim()))
        .findFirst()
        .orElseThrow(() -> unknown("element", name, where, ELEMENTS.stream().map(Enum::name).toList()));
  }

  private static <E extends Enum<E>> E named(Class<E> type, String name, E fallback, String key, String where) {
    if (name == null || name.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      throw unknown(key, name, where, names);
    }
  }

  private static IllegalArgumentException unknown(String key, String name, String where, List<String> names) {
    return new IllegalArgumentException(
        "unknown %s '%s' in %s (expected one of %s)".formatted(key, name, where, String.join(", ", names)));
  }

  // Same reading as JaCoCo's Limit: "80%" is 0.80, the written decimals are the precision.
  private static BigDecimal bound(String text, String key, LimitValue value, String where) {
    if (text == null) {
      return null;
    }
    String trimmed = text.trim();
    boolean percent = trimmed.endsWith("%");
    BigDecimal number = number(percent ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed, key, text, where);
    if (!value.isRatio()) {
      return count(number, percent, key, text, value, where);
    }
    BigDecimal ratio = percent ? number.movePointLeft(2) : number;
    if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "%s '%s' in %s is outside 0..1 (or 0%%..100%%)".formatted(key, text, where));
    }
    return ratio;
  }

  private static BigDecimal count(
      BigDecimal number, boolean percent, String key, String text, LimitValue value, String where) {
    if (percent || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "%s '%s' in %s must be a whole number: %s is a count".formatted(key, text, where, value));
    }
    return number;
  }

  private static BigDecimal number(String number, String key, String text, String where) {
    try {
      return new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "%s '%s' in %s is not a number (expected e.g. 0.80 or 80%%)".formatted(key, text, where));
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().collect(Collectors.toList());
  }
}
