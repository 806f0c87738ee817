package dev.covrun.runner.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The options of {@code covrun run} as given in one place, flags or covrun.yaml, keyed by long
 * option name without dashes ({@code template-db}); a missing key means "not given here".
 * Values are strings, lists of strings, or booleans.
 */
public record Settings(Map<String, Object> values) {
  public Settings {
    values = new TreeMap<>(values);
  }

  /** Settings with nothing given. */
  public static Settings none() {
    return new Settings(Map.of());
  }

  /** Settings from alternating keys and values, for tests and callers that build a few. */
  public static Settings of(Object... keysAndValues) {
    Map<String, Object> values = new TreeMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new Settings(values);
  }

  /** The first of the layers, in precedence order (flags before the file), that gives the key. */
  public static Optional<Settings> firstGiving(String key, Settings... layers) {
    for (Settings layer : layers) {
      if (layer.has(key)) {
        return Optional.of(layer);
      }
    }
    return Optional.empty();
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** A single value as text, or null when not given. */
  public String string(String key) {
    Object value = values.get(key);
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : String.valueOf(list.get(list.size() - 1));
    }
    return value == null ? null : String.valueOf(value);
  }

  /** A list value (a single value counts as a list of one), or null when not given. */
  public List<String> list(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
  }

  /** A boolean value ({@code true}/{@code false}), or null when not given. */
  public Boolean bool(String key) {
    String value = string(key);
    return value == null ? null : Boolean.valueOf(value);
  }
}
