package dev.covrun.runner.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The chunks of one run, how many were asked for (fewer are used when there are fewer units), and
 * a notice when the plan had to guess durations.
 */
public record Plan(List<Chunk> chunks, int requestedChunks, Optional<String> notice) {
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

  /** Predicted slowest chunk over the mean chunk: 1.0 is perfectly balanced. */
  public double imbalance() {
    double mean = chunks.stream().mapToDouble(Chunk::predictedSeconds).average().orElse(0);
    double max = chunks.stream().mapToDouble(Chunk::predictedSeconds).max().orElse(0);
    return mean == 0 ? 1.0 : max / mean;
  }

  /** The chunks a shard runs, when each of {@code shard.count()} shards runs {@code perShard}. */
  public List<Chunk> chunksOf(Shard shard, int perShard) {
    return chunks.stream().filter(c -> shard.owns(c.number(), perShard)).toList();
  }

  /**
   * Identifies the plan: which unit runs in which chunk, and how many chunks were asked for.
   * Shards of one plan share it; shards of different plans (other units, other timings) don't.
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder("chunks " + requestedChunks + "\n");
    chunks.forEach(c -> c.units().forEach(u -> text.append(c.number()).append('\t').append(u).append('\n')));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
