package dev.covrun.runner.dist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The unit-level reasons a run is incomplete (exit 3): a unit that broke its JVM and never passed,
 * a unit covrun had to kill, units that never ran (unless --fail-fast held them back on purpose).
 */
public final class RunProblems {
  private static final int NAMED = 10;

  private RunProblems() {}

  public static List<String> of(Collection<UnitVerdict> verdicts, boolean failFastTriggered, boolean stopped) {
    List<String> problems = new ArrayList<>();
    for (UnitVerdict verdict : verdicts) {
      if (verdict.incomplete()) {
        problems.add(verdict.unit() + ": " + verdict.history());
      }
    }
    List<String> notRun =
        verdicts.stream().filter(v -> v.verdict() == UnitVerdict.Verdict.NOT_RUN).map(UnitVerdict::unit).toList();
    if (!notRun.isEmpty() && (stopped || !failFastTriggered)) {
      problems.add(notRun.size() + " units not run: " + named(notRun));
    }
    return problems;
  }

  private static String named(List<String> units) {
    String first = String.join(", ", units.subList(0, Math.min(NAMED, units.size())));
    return units.size() > NAMED ? first + " and " + (units.size() - NAMED) + " more" : first;
  }
}
