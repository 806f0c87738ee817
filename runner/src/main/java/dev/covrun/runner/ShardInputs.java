package dev.covrun.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covrun.runner.plan.Shard;
import dev.covrun.runner.plan.Timings;
import dev.covrun.runner.timing.TimingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The shard output directories among merge inputs, and the check that they are all the shards of
 * one plan: a fan-in must never gate on partial data.
 */
final class ShardInputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One shard's output directory, as its summary.json describes it. */
  record ShardDir(Path dir, String fingerprint, Shard shard) {
    String describe() {
      return dir + " (plan " + fingerprint + ", shard " + shard + ")";
    }
  }

  private ShardInputs() {}

  /** The inputs that are shard output directories (summary.json with a shard other than 1/1). */
  static List<ShardDir> find(List<Path> inputs) {
    List<ShardDir> shards = new ArrayList<>();
    for (Path input : inputs) {
      Path summary = input.resolve("summary.json");
      if (Files.isDirectory(input) && Files.isRegularFile(summary)) {
        JsonNode plan = read(summary).path("plan");
        if (plan.has("shard") && !"1/1".equals(plan.get("shard").asText())) {
          shards.add(new ShardDir(input, plan.path("fingerprint").asText(), Shard.parse(plan.get("shard").asText())));
        }
      }
    }
    return shards;
  }

  /** Fails with exit 3 when shards come from different plans or a shard is missing. */
  static void requireComplete(List<ShardDir> shards) {
    if (shards.isEmpty()) {
      return;
    }
    ShardDir first = shards.get(0);
    for (ShardDir other : shards) {
      if (!other.fingerprint().equals(first.fingerprint()) || other.shard().count() != first.shard().count()) {
        throw incomplete(other.describe() + " and " + first.describe() + " come from different plans:"
            + " run every shard with the same options and timings file");
      }
    }
    Map<Integer, ShardDir> byIndex = new TreeMap<>();
    for (ShardDir shard : shards) {
      ShardDir twice = byIndex.put(shard.shard().index(), shard);
      if (twice != null) {
        throw CovrunException.badInput("shard " + shard.shard() + " given twice: " + twice.dir() + " and " + shard.dir());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 1; i <= first.shard().count(); i++) {
      if (!byIndex.containsKey(i)) {
        missing.add(i + "/" + first.shard().count());
      }
    }
    if (!missing.isEmpty()) {
      throw incomplete("missing shard " + String.join(", ", missing) + " of plan " + first.fingerprint()
          + " (have " + byIndex.values().stream().map(s -> s.shard().toString()).collect(Collectors.joining(", "))
          + "): not merging partial data");
    }
  }

  /** The union of the shards' own measurements. */
  static Timings timings(List<ShardDir> shards) {
    return Timings.merge(shards.stream().map(s -> TimingsFile.read(s.dir().resolve("timings.json"))).toList());
  }

  private static JsonNode read(Path summary) {
    try {
      return JSON.readTree(summary.toFile());
    } catch (IOException e) {
      throw CovrunException.badInput("cannot read " + summary + ": " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static CovrunException incomplete(String message) {
    return new CovrunException(ExitCode.INCOMPLETE, message);
  }
}
