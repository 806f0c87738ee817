package dev.covrun.runner.dist;

import java.util.List;
import java.util.Map;

/**
 * Which units get another attempt in a fresh JVM: a failed unit up to {@code --rerun-failures K}
 * times, a unit that crashed or hung its JVM at least once (to tell a broken JVM from a broken
 * test), up to K times when K is larger. Units covrun killed are not rerun: the run is ending.
 */
final class Reruns {
  private Reruns() {}

  static List<String> due(Map<String, UnitVerdict> verdicts, int rerunFailures) {
    return verdicts.values().stream()
        .filter(v -> attemptsAllowed(v, rerunFailures) > v.attempts().size())
        .map(UnitVerdict::unit)
        .sorted()
        .toList();
  }

  private static int attemptsAllowed(UnitVerdict verdict, int rerunFailures) {
    return switch (verdict.verdict()) {
      case FAILED -> 1 + rerunFailures;
      case CRASHED, TIMED_OUT -> 1 + Math.max(1, rerunFailures);
      default -> 0;
    };
  }
}
