package dev.covrun.runner.plan;

import java.util.List;

/** One chunk of the plan: its 1-based number and the units it runs, in order. */
public record Chunk(int number, List<String> units) {
  public Chunk {
    units = List.copyOf(units);
  }
}
