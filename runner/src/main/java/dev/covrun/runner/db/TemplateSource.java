package dev.covrun.runner.db;

import java.nio.file.Path;
import java.util.Map;

/** Where the template database is, as given by {@code --template-db}. */
public sealed interface TemplateSource permits FileTemplate, PostgresTemplate {

  /**
   * Parses {@code --template-db}: a {@code postgresql://} URL (its password looked up in env's
   * {@code PGPASSWORD}, else the password file), else a file or directory relative to base.
   */
  static TemplateSource parse(String value, Path base, Map<String, String> env) {
    if (PostgresUrl.isUrl(value)) {
      return PostgresTemplate.resolve(PostgresUrl.parse(value, env), env);
    }
    return FileTemplate.existing(base.resolve(value).normalize());
  }

  /**
   * Checks the template and gets ready to prepare every chunk's database; a template that cannot
   * be used is a one-line exit-4 error, before any JVM starts.
   */
  TemplateDatabase open(DatabaseSetup setup);
}
