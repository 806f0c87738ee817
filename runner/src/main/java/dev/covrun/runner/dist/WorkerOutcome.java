package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkEvents;
import java.util.List;
import java.util.Optional;

/**
 * How one worker JVM ended: its number (unique: its directory, COVRUN_WORKER) and chunk (the slot
 * it took, COVRUN_CHUNK), the units it was handed (their predicted seconds), what its events file
 * says, its exit value and wall time, whether it wrote coverage, the unit it was running if it
 * died, and its last output lines.
 */
public record WorkerOutcome(
    int number,
    int chunk,
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
