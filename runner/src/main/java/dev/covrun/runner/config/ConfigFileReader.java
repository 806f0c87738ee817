package dev.covrun.runner.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.covrun.runner.CovrunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads covrun.yaml into {@link Settings}: keys must be long option names of {@code covrun run};
 * every problem is one line naming the file.
 */
public final class ConfigFileReader {
  // Decimals stay BigDecimal as written (0.80, not 0.8): a limit's precision is its rounding.
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  private ConfigFileReader() {}

  /** Reads the file; an empty file means no settings. */
  public static Settings read(Path file, Set<String> knownKeys) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw CovrunException.badInput("cannot read config file " + file);
    }
    String text = readText(file);
    JsonNode root = parse(file, text);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return Settings.none();
    }
    if (!root.isObject()) {
      throw CovrunException.badInput("invalid config file " + file + ": expected keys and values");
    }
    Map<String, Object> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      String key = entry.getKey();
      if (!knownKeys.contains(key)) {
        throw CovrunException.badInput("unknown key '" + key + "' in " + file + lineOf(text, key));
      }
      values.put(key, value(file, text, key, entry.getValue()));
    }
    return new Settings(values);
  }

  private static Object value(Path file, String text, String key, JsonNode node) {
    if (node.isArray()) {
      List<Object> items = new ArrayList<>();
      for (JsonNode item : node) {
        if (item.isObject() && ReportSettingsResolver.FILE_ONLY_KEYS.contains(key)) {
          items.add(YAML.convertValue(item, Map.class));
        } else if (!item.isValueNode()) {
          throw notAValue(file, text, key);
        } else {
          items.add(item.asText());
        }
      }
      return items;
    }
    if (!node.isValueNode() || node.isNull()) {
      throw notAValue(file, text, key);
    }
    return node.asText();
  }

  private static CovrunException notAValue(Path file, String text, String key) {
    return CovrunException.badInput(
        "invalid config file " + file + lineOf(text, key) + ": '" + key + "' must be a value or a list of values");
  }

  private static JsonNode parse(Path file, String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw CovrunException.badInput(
          "invalid config file " + file + where(e) + ": " + firstLine(e.getOriginalMessage()));
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CovrunException.badInput("cannot read config file " + file + ": " + e.getMessage());
    }
  }

  /** Jackson reports where the parser stopped, not where the key is; find the key's own line. */
  private static String lineOf(String text, String key) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(key + ":")) {
        return " (line " + (i + 1) + ")";
      }
    }
    return "";
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
  }
}
