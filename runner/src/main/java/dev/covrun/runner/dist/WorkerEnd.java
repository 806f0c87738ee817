package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkEvents;
import dev.covrun.runner.chunk.UnitResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an ended worker JVM amounts to: its outcome, one attempt per unit it finished or was
 * running, and the units it was handed but never started (they go back to the queue). The events
 * file is the record of finished units; the connection knows the unit in flight first.
 */
record WorkerEnd(WorkerOutcome outcome, List<Attempt> attempts, List<String> unstarted, boolean normal) {

  /** What covrun observed once the JVM was gone. */
  record Facts(int exitValue, long wallMillis, ChunkEvents events, boolean execWritten, List<String> lastLines) {}

  static WorkerEnd of(Worker worker, Facts facts) {
    ChunkEvents events = facts.events();
    Set<String> finished = events.finished().stream().map(UnitResult::unit).collect(Collectors.toSet());
    Optional<String> inFlight =
        worker.inFlight().or(events::unitInFlight).filter(unit -> !finished.contains(unit));
    boolean normal =
        worker.stopWasSent()
            && inFlight.isEmpty()
            && worker.killedFor().isEmpty()
            && (facts.exitValue() == 0 || facts.exitValue() == 1);
    List<Attempt> attempts = new ArrayList<>();
    events.finished().forEach(unit -> attempts.add(finishedAttempt(worker.number, unit)));
    inFlight.ifPresent(unit -> attempts.add(brokenAttempt(worker, unit, facts.exitValue())));
    List<String> unstarted =
        worker.pending().stream()
            .filter(unit -> !finished.contains(unit) && !inFlight.equals(Optional.of(unit)))
            .toList();
    WorkerOutcome outcome =
        new WorkerOutcome(
            worker.number,
            worker.slot,
            worker.role,
            worker.handedOut(),
            worker.predictedSeconds(),
            events,
            facts.exitValue(),
            facts.wallMillis(),
            facts.execWritten(),
            status(worker, normal, facts, events),
            inFlight,
            facts.lastLines());
    return new WorkerEnd(outcome, attempts, unstarted, normal);
  }

  private static Attempt finishedAttempt(int worker, UnitResult unit) {
    boolean passed = unit.failed() == 0;
    return new Attempt(
        unit.unit(),
        worker,
        passed ? Attempt.Result.PASSED : Attempt.Result.FAILED,
        unit.millis(),
        unit.tests(),
        unit.failed(),
        unit.skipped(),
        (passed ? "passed" : "failed") + " in worker " + worker);
  }

  private static Attempt brokenAttempt(Worker worker, String unit, int exitValue) {
    Attempt.Result result = worker.killedFor().orElse(Attempt.Result.CRASHED);
    String detail =
        switch (result) {
          case TIMED_OUT, KILLED -> "worker " + worker.number + " " + worker.killReason();
          default -> "worker " + worker.number + " " + ended(exitValue) + " while running it";
        };
    return new Attempt(unit, worker.number, result, 0, 0, 0, 0, detail);
  }

  /** How a JVM ended, in words: "exited with 137", or "could not be started". */
  static String ended(int exitValue) {
    return exitValue < 0 ? "could not be started" : "exited with " + exitValue;
  }

  private static String status(Worker worker, boolean normal, Facts facts, ChunkEvents events) {
    Optional<Attempt.Result> killed = worker.killedFor();
    if (killed.isPresent()) {
      return killed.get() == Attempt.Result.TIMED_OUT ? "timed-out" : "killed";
    }
    if (!normal) {
      return facts.exitValue() < 0 ? "not-started" : "crashed";
    }
    if (!events.finished().isEmpty() && !facts.execWritten()) {
      return "no-exec";
    }
    return events.failed() > 0 ? "failed" : "passed";
  }
}
