package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChildJvm;
import dev.covrun.runner.chunk.ChildJvmFactory;
import dev.covrun.runner.chunk.ChunkProcess;
import dev.covrun.runner.chunk.RunLayout;
import dev.covrun.runner.db.ChunkDatabase;
import dev.covrun.runner.db.TemplateDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prepares a worker's directory (temp dir, JUnit dir, its own fresh database, @argfile) and starts
 * its JVM. Every worker JVM, replacements and reruns included, gets a new number and directory, so
 * no JVM ever inherits a database a dead one may have left half-written; only its chunk (slot) is
 * one an earlier JVM may have had.
 */
final class WorkerLauncher {
  private final RunLayout layout;
  private final ChildJvmFactory jvms;
  private final TemplateDatabase templateDb;

  WorkerLauncher(RunLayout layout, ChildJvmFactory jvms, TemplateDatabase templateDb) {
    this.layout = layout;
    this.jvms = jvms;
    this.templateDb = templateDb;
  }

  /** Makes the worker's directory and database; a template that cannot be copied is exit 4. */
  ChildJvm prepare(int number, int slot, String covrunAddress) throws IOException {
    Files.createDirectories(layout.chunkTmp(number));
    Files.createDirectories(layout.chunkJunit(number));
    ChunkDatabase database = templateDb.prepare(number, layout.chunkDbDir(number));
    ChildJvm jvm = jvms.forWorker(number, slot, database, covrunAddress);
    Files.writeString(layout.chunkArgFile(number), jvm.argFileContent(), StandardCharsets.UTF_8);
    return jvm;
  }

  ChunkProcess start(int number, ChildJvm jvm, Consumer<ChunkProcess> onEnd) throws IOException {
    return ChunkProcess.start(
        jvm, layout.chunkArgFile(number), layout.chunkStdout(number), layout.chunkStderr(number), onEnd);
  }

  /** Records what the worker was handed, so it can be rerun by hand with {@code --units}. */
  void writeUnits(int number, List<String> units) {
    try {
      Files.write(layout.chunkUnits(number), units, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // a convenience file; the events file is the record
    }
  }
}
