package dev.covrun.runner.chunk;

import dev.covrun.runner.plan.Chunk;
import java.util.List;

/** How one chunk's JVM ended, and what its worker reported. */
public record ChunkOutcome(
    Chunk chunk, ChunkEvents events, int exitValue, long wallMillis, boolean execWritten, List<String> lastErrorLines) {

  /** Worker exit values 0 (all passed) and 1 (tests failed) are the only normal ends. */
  public boolean complete() {
    return (exitValue == 0 || exitValue == 1)
        && execWritten
        && events.finished().size() == chunk.units().size();
  }

  /** One word for the console and summary.json. */
  public String status() {
    if (!complete()) {
      return execWritten ? "crashed" : "no-exec";
    }
    return exitValue == 0 && events.failed() == 0 ? "passed" : "failed";
  }

  /** Why the chunk is incomplete, in one line, or empty when it is complete. */
  public String problem() {
    if (complete()) {
      return "";
    }
    String running = events.unitInFlight().map(u -> " while running " + u).orElse("");
    String ending = exitValue < 0 ? "could not be started" : "exited with " + exitValue;
    String exec = execWritten ? "" : " and wrote no coverage data";
    return "chunk " + chunk.number() + " " + ending + running + exec;
  }
}
