package dev.covrun.runner.plan;

import java.util.List;

/** One chunk of the plan: its 1-based number, the units it runs in order, and their predicted time. */
public record Chunk(int number, List<String> units, double predictedSeconds) {
  public Chunk {
    units = List.copyOf(units);
  }
}
