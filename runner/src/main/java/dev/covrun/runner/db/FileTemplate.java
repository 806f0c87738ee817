package dev.covrun.runner.db;

import dev.covrun.runner.CovrunException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A template that is a file (SQLite, any single-file database) or a directory (H2, Derby). */
public record FileTemplate(Path path) implements TemplateSource {

  static FileTemplate existing(Path path) {
    if (!Files.exists(path)) {
      throw CovrunException.badInput("template database not found: " + path);
    }
    return new FileTemplate(path);
  }

  @Override
  public TemplateDatabase open(DatabaseSetup setup) {
    return new TemplateCopy(path);
  }
}
