package dev.covrun.runner.timing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.covrun.runner.CovrunException;
import dev.covrun.runner.plan.Timings;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The timings file: a JSON object of unit name to seconds, keys sorted, millisecond precision,
 * nothing else inside, so it can be committed or cached and diffs only when durations change.
 */
public final class TimingsFile {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TimingsFile() {}

  /** Reads the file; a missing file means nothing recorded yet. Bad content is exit 4. */
  public static Timings read(Path file) {
    if (!Files.exists(file)) {
      return Timings.empty();
    }
    JsonNode root = parse(file);
    if (!root.isObject()) {
      throw invalid(file, "expected a JSON object of unit name to seconds");
    }
    TreeMap<String, Double> seconds = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      JsonNode value = entry.getValue();
      if (!value.isNumber() || value.asDouble() < 0 || !Double.isFinite(value.asDouble())) {
        throw invalid(file, "duration of '" + entry.getKey() + "' is " + value + " (expected seconds >= 0)");
      }
      seconds.put(entry.getKey(), value.asDouble());
    }
    return new Timings(seconds);
  }

  /** Writes the timings atomically: a temp file in the same directory, then a rename. */
  public static void write(Path file, Timings timings) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    timings.seconds().forEach((unit, seconds) -> root.put(unit, millis(seconds)));
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(temp, JSON.writeValueAsString(root) + "\n");
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static BigDecimal millis(double seconds) {
    return BigDecimal.valueOf(seconds).setScale(3, RoundingMode.HALF_UP);
  }

  private static JsonNode parse(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage().lines().findFirst().orElse("").strip();
      throw invalid(file, reason + " (line " + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw CovrunException.badInput("cannot read timings file " + file + ": " + e.getMessage());
    }
  }

  private static CovrunException invalid(Path file, String reason) {
    return CovrunException.badInput("invalid timings file " + file + ": " + reason);
  }
}
