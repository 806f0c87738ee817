package dev.covrun.runner.db;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one chunk's test JVM is told about its database: system properties (also set as {@code
 * COVRUN_*} environment variables, upper-cased with dots as underscores) and environment-only
 * variables that must never reach the @argfile or a log, such as the password.
 */
public record ChunkDatabase(Map<String, String> properties, Map<String, String> secretEnvironment) {
  /** No database. */
  public static final ChunkDatabase NONE = new ChunkDatabase(Map.of(), Map.of());

  public ChunkDatabase {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    secretEnvironment = Collections.unmodifiableMap(new LinkedHashMap<>(secretEnvironment));
  }

  /** A copy of a file or directory template: {@code covrun.db}. */
  public static ChunkDatabase copy(Path copy) {
    return new ChunkDatabase(Map.of("covrun.db", copy.toString()), Map.of());
  }

  /**
   * A PostgreSQL clone: {@code covrun.db.url} (JDBC, with the user), {@code covrun.db.name} and
   * {@code covrun.db.user}; the password, when covrun has one, as {@code PGPASSWORD} only.
   */
  public static ChunkDatabase ofClone(
      String jdbcUrl, String name, String user, Optional<Password> password) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("covrun.db.url", jdbcUrl);
    properties.put("covrun.db.name", name);
    properties.put("covrun.db.user", user);
    Map<String, String> secret = new LinkedHashMap<>();
    password.ifPresent(p -> secret.put("PGPASSWORD", p.reveal()));
    return new ChunkDatabase(properties, secret);
  }

  @Override
  public String toString() {
    return "ChunkDatabase" + properties + " + secret " + secretEnvironment.keySet();
  }
}
