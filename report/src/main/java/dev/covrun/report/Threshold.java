package dev.covrun.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A minimum covered ratio (0..1) for one counter, keeping the precision the user wrote, as
 * jacoco:check's limits do.
 */
public record Threshold(CounterType counter, BigDecimal minimum) {

  private static final String EXPECTED_COUNTERS =
      Arrays.stream(CounterType.values()).map(Enum::name).collect(Collectors.joining(", "));

  public Threshold {
    Objects.requireNonNull(counter, "counter");
    Objects.requireNonNull(minimum, "minimum");
    if (!isRatio(minimum)) {
      throw new IllegalArgumentException("minimum " + minimum.toPlainString() + " is outside 0..1");
    }
  }

  /**
   * Parses {@code COUNTER=VALUE} where VALUE is a ratio ({@code 0.97}) or a percentage ({@code
   * 97%}, {@code 97.5%}); the counter name is case-insensitive.
   *
   * @throws IllegalArgumentException with a one-line message naming the bad value
   */
  public static Threshold parse(String spec) {
    return parse(spec, "--min");
  }

  /** As {@link #parse(String)}, naming {@code option} (e.g. {@code --min-patch}) in messages. */
  public static Threshold parse(String spec, String option) {
    int equals = spec.indexOf('=');
    String name = equals < 0 ? "" : spec.substring(0, equals).trim();
    String value = equals < 0 ? "" : spec.substring(equals + 1).trim();
    if (name.isEmpty() || value.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid " + option + " '" + spec + "': expected COUNTER=VALUE, e.g. LINE=0.80 or LINE=80%");
    }
    String where = option + " '" + spec + "'";
    return new Threshold(counter(name, where), minimum(value, where));
  }

  private static CounterType counter(String name, String where) {
    try {
      return CounterType.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown counter '%s' in %s (expected one of %s)"
              .formatted(name, where, EXPECTED_COUNTERS));
    }
  }

  // Same reading as JaCoCo's Limit: "97%" is 0.97 (scale 2), "97.5%" is 0.975 (scale 3).
  private static BigDecimal minimum(String value, String where) {
    boolean percent = value.endsWith("%");
    String number = percent ? value.substring(0, value.length() - 1).trim() : value;
    BigDecimal parsed = decimal(number, value, where);
    BigDecimal ratio = percent ? parsed.movePointLeft(2) : parsed;
    if (!isRatio(ratio)) {
      throw new IllegalArgumentException(
          "minimum '%s' in %s is outside 0..1 (or 0%%..100%%)".formatted(value, where));
    }
    return ratio;
  }

  private static BigDecimal decimal(String number, String value, String where) {
    try {
      return new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "minimum '%s' in %s is not a number (expected e.g. 0.80 or 80%%)"
              .formatted(value, where));
    }
  }

  private static boolean isRatio(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
  }
}
