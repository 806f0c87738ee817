package dev.covrun.runner.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.runner.CovrunException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the coverage totals of an earlier run for the ratchet: the {@code coverage} object of
 * {@code covrun run}'s summary.json or of a {@code --json} summary (same shape: per counter
 * {@code covered} and {@code missed}).
 */
public final class BaselineFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineFile() {}

  /** The totals; a file without them is bad input (exit 4) naming it. */
  public static CoverageTotals read(Path file) {
    JsonNode coverage = parse(file).path("coverage");
    Map<CounterType, CounterValue> counters = new LinkedHashMap<>();
    for (CounterType type : CounterType.values()) {
      JsonNode counter = coverage.path(type.name());
      if (counter.path("covered").canConvertToLong() && counter.path("missed").canConvertToLong()) {
        counters.put(type, new CounterValue(counter.get("covered").asLong(), counter.get("missed").asLong()));
      }
    }
    if (counters.isEmpty()) {
      throw CovrunException.badInput(
          "baseline " + file + " has no coverage counters (expected a covrun summary.json or --json summary)");
    }
    return new CoverageTotals(counters);
  }

  private static JsonNode parse(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw CovrunException.badInput("cannot read baseline " + file + ": " + reason);
    }
  }
}
