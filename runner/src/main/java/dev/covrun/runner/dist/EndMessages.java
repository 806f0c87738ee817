package dev.covrun.runner.dist;

import java.io.PrintWriter;
import java.util.List;

/**
 * Tells the console how a worker JVM ended as soon as it does: one line when all went well; the
 * unit it was running and its last output lines when it died.
 */
final class EndMessages {
  private EndMessages() {}

  static void ended(WorkerEnd end, Worker worker, PoolSettings settings, List<String> problems) {
    WorkerOutcome outcome = end.outcome();
    if (end.normal()) {
      PrintWriter out = settings.out();
      out.printf(
          "[covrun] %s %s %s in %.1fs (%d units)%n",
          worker.role.label(), numbered(outcome), outcome.status(), outcome.wallMillis() / 1000.0, outcome.units().size());
      out.flush();
    } else {
      died(end, worker, settings.err());
    }
    if (outcome.status().equals("no-exec")) {
      problems.add(
          "worker " + outcome.number() + " ran " + outcome.events().finished().size()
              + " units but wrote no coverage data (" + settings.layout().chunkExec(outcome.number()) + ")");
    }
  }

  /** "5 (chunk 2)" for a JVM that took the chunk of one before it; just "2" when they agree. */
  private static String numbered(WorkerOutcome outcome) {
    return outcome.number() == outcome.chunk()
        ? String.valueOf(outcome.number())
        : outcome.number() + " (chunk " + outcome.chunk() + ")";
  }

  private static void died(WorkerEnd end, Worker worker, PrintWriter err) {
    WorkerOutcome outcome = end.outcome();
    String how =
        worker.killedFor().isPresent() ? worker.killReason() : WorkerEnd.ended(outcome.exitValue());
    String where =
        outcome.unitInFlight().map(u -> " while running " + u).orElse(
            outcome.events().finished().isEmpty() ? " before running any unit" : " between units");
    String rest = end.unstarted().isEmpty() ? "" : "; " + end.unstarted().size() + " unstarted units go back to the queue";
    err.println("covrun: worker " + numbered(outcome) + " " + how + where + rest);
    if (worker.killedFor().isEmpty()) {
      outcome.lastOutputLines().forEach(line -> err.println("  | " + line));
    }
    err.flush();
  }
}
