package dev.covrun.runner.dist;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where one unit ended up after all its attempts, in order. */
public record UnitVerdict(String unit, Verdict verdict, List<Attempt> attempts) {

  /** The unit's standing at the end of the run. */
  public enum Verdict {
    /** Passed on the first attempt. */
    PASSED,
    /** Failed, crashed or timed out, then passed on a rerun: counts as passed. */
    FLAKY,
    /** Its last attempt failed. */
    FAILED,
    /** Its last attempt took its JVM down. */
    CRASHED,
    /** Its last attempt ran past --unit-timeout. */
    TIMED_OUT,
    /** It was running when covrun stopped everything (--timeout, Ctrl-C, SIGTERM). */
    KILLED,
    /** It never started. */
    NOT_RUN
  }

  public UnitVerdict {
    attempts = List.copyOf(attempts);
  }

  /** The verdict of a unit's attempts; no attempts means not run. */
  public static UnitVerdict of(String unit, List<Attempt> attempts) {
    if (attempts.isEmpty()) {
      return new UnitVerdict(unit, Verdict.NOT_RUN, attempts);
    }
    Attempt.Result last = attempts.get(attempts.size() - 1).result();
    Verdict verdict =
        switch (last) {
          case PASSED -> attempts.size() == 1 ? Verdict.PASSED : Verdict.FLAKY;
          case FAILED -> Verdict.FAILED;
          case CRASHED -> Verdict.CRASHED;
          case TIMED_OUT -> Verdict.TIMED_OUT;
          case KILLED -> Verdict.KILLED;
        };
    return new UnitVerdict(unit, verdict, attempts);
  }

  /** Passed, perhaps only on a rerun. */
  public boolean passed() {
    return verdict == Verdict.PASSED || verdict == Verdict.FLAKY;
  }

  /**
   * Whether this unit leaves the run incomplete (exit 3): it broke its JVM and no retry passed, or
   * covrun killed it. A unit that merely failed, or never started, is judged elsewhere.
   */
  public boolean incomplete() {
    if (passed() || verdict == Verdict.NOT_RUN) {
      return false;
    }
    return verdict == Verdict.KILLED || attempts.stream().anyMatch(a -> a.result().brokeJvm());
  }

  public Optional<Attempt> last() {
    return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
  }

  /** All attempts in words, e.g. "worker 2 exited with 137 while running it; then passed in worker 6". */
  public String history() {
    return attempts.stream().map(Attempt::detail).collect(Collectors.joining("; then "));
  }
}
