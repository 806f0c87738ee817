package dev.covrun.runner.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.covrun.runner.CovrunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads covrun.yaml into {@link Settings}; every problem is one line naming the file. */
public final class ConfigFileReader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ConfigFileReader() {}

  /** Reads the file; an empty file means no settings. */
  public static Settings read(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw CovrunException.badInput("cannot read config file " + file);
    }
    String text = readText(file);
    if (text.isBlank()) {
      return Settings.none();
    }
    try {
      Settings settings = YAML.readValue(text, Settings.class);
      return settings == null ? Settings.none() : settings;
    } catch (UnrecognizedPropertyException e) {
      throw CovrunException.badInput(
          "unknown key '" + e.getPropertyName() + "' in " + file + lineOf(text, e.getPropertyName()));
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

  /** The parser reports where it stopped, not where the key is; find the key's own line. */
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
