package dev.covrun.runner.plan;

import java.util.ArrayList;
import java.util.List;

/** Splits units into chunks deterministically: the same units give the same plan anywhere. */
public final class ChunkPlanner {
  private ChunkPlanner() {}

  /**
   * Deals the units, sorted by name, round-robin over {@code min(chunks, units)} chunks, so every
   * chunk gets a similar number of units regardless of the order they were found in.
   */
  public static Plan byName(List<String> units, int requestedChunks) {
    if (requestedChunks < 1) {
      throw new IllegalArgumentException("chunks must be at least 1: " + requestedChunks);
    }
    List<String> sorted = units.stream().distinct().sorted().toList();
    int count = Math.max(1, Math.min(requestedChunks, sorted.size()));
    List<List<String>> dealt = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      dealt.add(new ArrayList<>());
    }
    for (int i = 0; i < sorted.size(); i++) {
      dealt.get(i % count).add(sorted.get(i));
    }
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chunks.add(new Chunk(i + 1, dealt.get(i)));
    }
    return new Plan(chunks, requestedChunks);
  }
}
