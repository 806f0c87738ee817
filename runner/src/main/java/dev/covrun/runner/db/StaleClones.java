package dev.covrun.runner.db;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Drops the clones a killed covrun left behind: databases named like this template's clones whose
 * run no longer holds its advisory lock. Clones of live runs (another CI job on the same server)
 * and databases not named like a clone are never touched.
 */
final class StaleClones {
  private StaleClones() {}

  /** Finds and drops stale clones of the template; a clone that cannot be dropped is a warning. */
  static void sweep(PostgresAdmin admin, String template, RunId self, PrintWriter out, PrintWriter err)
      throws SQLException {
    // Names first, locks second: a live run takes its lock before it creates a clone, so any
    // clone listed here belongs to a run whose lock the second query still sees.
    List<CloneName> clones =
        admin.databasesStartingWith(CloneName.prefix(template)).stream()
            .map(name -> CloneName.parse(template, name))
            .flatMap(Optional::stream)
            .toList();
    if (clones.isEmpty()) {
      return;
    }
    Set<RunId> live = admin.liveRuns();
    for (Map.Entry<RunId, List<CloneName>> run : byRun(clones).entrySet()) {
      if (!run.getKey().equals(self) && !live.contains(run.getKey())) {
        drop(admin, run.getKey(), run.getValue(), out, err);
      }
    }
  }

  private static Map<RunId, List<CloneName>> byRun(List<CloneName> clones) {
    return clones.stream()
        .collect(
            Collectors.groupingBy(
                CloneName::run, () -> new TreeMap<>(Comparator.comparing(RunId::hex)),
                Collectors.toList()));
  }

  private static void drop(
      PostgresAdmin admin, RunId run, List<CloneName> clones, PrintWriter out, PrintWriter err) {
    int dropped = 0;
    for (CloneName clone : clones) {
      try {
        admin.drop(clone.name());
        dropped++;
      } catch (SQLException e) {
        err.println("covrun: warning: cannot drop stale clone " + clone + ": " + admin.describe(e));
      }
    }
    out.printf(
        "[covrun] dropped %d PostgreSQL clone%s left by covrun run %s, which is no longer running: %s%n",
        dropped,
        dropped == 1 ? "" : "s",
        run,
        clones.stream().map(CloneName::name).collect(Collectors.joining(", ")));
    out.flush();
    err.flush();
  }
}
