package dev.covrun.report.gate;

import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.Threshold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Minimums on patch coverage ({@code --min-patch LINE=80%}), compared as jacoco:check compares
 * ratios: the exact ratio against the limit, the message rounded down. A counter the change has
 * no items of (no executable changed line, no branch) passes.
 */
public final class PatchGate {

  private static final Set<CounterType> COUNTERS = Set.of(CounterType.LINE, CounterType.BRANCH, CounterType.INSTRUCTION);

  private PatchGate() {}

  /**
   * Parses one {@code --min-patch} value.
   *
   * @throws IllegalArgumentException naming the value when it is malformed or names a counter that
   *     changed lines do not have
   */
  public static Threshold parse(String spec) {
    Threshold threshold = Threshold.parse(spec, "--min-patch");
    if (!COUNTERS.contains(threshold.counter())) {
      throw new IllegalArgumentException(
          "counter %s in --min-patch '%s' is not one of LINE, BRANCH, INSTRUCTION (the counters of changed lines)"
              .formatted(threshold.counter(), spec));
    }
    return threshold;
  }

  /** One message per violated minimum, in the order given. */
  public static List<String> check(PatchReport report, List<Threshold> minimums) {
    List<String> violations = new ArrayList<>();
    for (Threshold minimum : minimums) {
      CounterValue value = report.total(minimum.counter());
      if (value.total() == 0) {
        continue;
      }
      BigDecimal actual = PatchReport.ratio(value);
      if (actual.compareTo(minimum.minimum()) < 0) {
        violations.add("patch %s coverage %s (%d of %d %s covered) is below the minimum %s".formatted(
            minimum.counter(), Percent.floor(actual), value.covered(), value.total(),
            items(minimum.counter()), Percent.of(minimum.minimum())));
      }
    }
    return violations;
  }

  private static String items(CounterType counter) {
    return switch (counter) {
      case LINE -> "changed executable lines";
      case BRANCH -> "branches on changed lines";
      default -> "instructions on changed lines";
    };
  }
}
