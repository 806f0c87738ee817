package dev.covrun.runner.plan;

import java.util.List;

/** The chunks of one run, and how many were asked for (more than units means fewer chunks). */
public record Plan(List<Chunk> chunks, int requestedChunks) {
  public Plan {
    chunks = List.copyOf(chunks);
  }

  /** Whether fewer chunks are used than requested because there are fewer units. */
  public boolean reduced() {
    return chunks.size() < requestedChunks;
  }

  public int unitCount() {
    return chunks.stream().mapToInt(c -> c.units().size()).sum();
  }
}
