package dev.covrun.runner.db;

import java.util.Map;
import java.util.Optional;

/** A PostgreSQL template database and the password to reach its server, if one is needed. */
public record PostgresTemplate(PostgresUrl url, Optional<Password> password) implements TemplateSource {

  /** The password is {@code PGPASSWORD} if set, else the password file's, else none. */
  static PostgresTemplate resolve(PostgresUrl url, Map<String, String> env) {
    String fromEnv = env.get("PGPASSWORD");
    Optional<Password> password =
        fromEnv != null && !fromEnv.isEmpty()
            ? Optional.of(new Password(fromEnv))
            : PgPassFile.lookup(env, url.host(), url.port(), url.maintenanceDatabase(), url.user());
    return new PostgresTemplate(url, password);
  }

  @Override
  public TemplateDatabase open(DatabaseSetup setup) {
    return PostgresClones.open(this, setup);
  }

  /** Masks the password in a driver message. */
  String scrub(String message) {
    return password.map(p -> p.scrub(message)).orElse(message);
  }

  @Override
  public String toString() {
    return url.toString();
  }
}
