package dev.covrun.runner.db;

import java.nio.file.Path;

/** Makes every chunk its own database from one template, and removes what should not outlive the run. */
public interface TemplateDatabase extends AutoCloseable {

  /**
   * Makes chunk's database before its JVM starts. {@code dbDir} is the chunk's directory for file
   * copies; PostgreSQL clones ignore it.
   */
  ChunkDatabase prepare(int chunk, Path dbDir);

  /** Removes what {@link #prepare} made where that is wanted; never throws. */
  @Override
  default void close() {}

  /** No template database: the JVMs get no database settings. */
  static TemplateDatabase none() {
    return (chunk, dbDir) -> ChunkDatabase.NONE;
  }
}
