package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkEvents;
import java.util.List;
import java.util.Optional;

/**
 * How one worker JVM ended: the units it was handed (their predicted seconds), what its events
 * file says, its exit value and wall time, whether it wrote coverage, the unit it was running if
 * it died, and its last output lines.
 */
public record WorkerOutcome(
    int number,
    Role role,
    List<String> units,
    double predictedSeconds,
    ChunkEvents events,
    int exitValue,
    long wallMillis,
    boolean execWritten,
    String status,
    Optional<String> unitInFlight,
    List<String> lastOutputLines) {

  public WorkerOutcome {
    units = List.copyOf(units);
    lastOutputLines = List.copyOf(lastOutputLines);
  }
}
