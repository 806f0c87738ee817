package dev.covrun.runner.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which part of a plan one machine runs: shard {@code index} of {@code count}, 1-based. */
public record Shard(int index, int count) {
  private static final Pattern FORMAT = Pattern.compile("(\\d+)/(\\d+)");

  /** The whole plan on one machine. */
  public static final Shard WHOLE = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("invalid shard " + index + "/" + count);
    }
  }

  /** Parses {@code i/N}; a bad value is an IllegalArgumentException naming it. */
  public static Shard parse(String text) {
    Matcher matcher = FORMAT.matcher(text.trim());
    if (matcher.matches()) {
      try {
        int index = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        if (count >= 1 && index >= 1 && index <= count) {
          return new Shard(index, count);
        }
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    throw new IllegalArgumentException(
        "invalid --shard '" + text + "': expected I/N with 1 <= I <= N, e.g. 2/4");
  }

  public boolean isWhole() {
    return count == 1;
  }

  /** Whether a chunk of the full plan belongs to this shard, given the chunks per shard. */
  public boolean owns(int chunkNumber, int chunksPerShard) {
    return (chunkNumber - 1) / chunksPerShard == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
