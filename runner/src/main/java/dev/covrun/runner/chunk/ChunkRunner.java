package dev.covrun.runner.chunk;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import dev.covrun.runner.db.ChunkDatabase;
import dev.covrun.runner.db.TemplateDatabase;
import dev.covrun.runner.plan.Chunk;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.exec.ShutdownHookProcessDestroyer;

/**
 * Prepares each chunk's directory (units, own database, temp dir, @argfile), starts all chunk
 * JVMs at once, shows progress, and collects how each ended.
 */
public final class ChunkRunner {
  private static final int ERROR_LINES = 10;

  private final RunLayout layout;
  private final ChildJvmFactory jvms;
  private final TemplateDatabase templateDb;
  private final PrintWriter out;
  private final long progressSeconds;

  public ChunkRunner(
      RunLayout layout,
      ChildJvmFactory jvms,
      TemplateDatabase templateDb,
      PrintWriter out,
      long progressSeconds) {
    this.layout = layout;
    this.jvms = jvms;
    this.templateDb = templateDb;
    this.out = out;
    this.progressSeconds = progressSeconds;
  }

  /** Runs the chunks in parallel and waits for all of them; outcomes in the chunks' order. */
  public List<ChunkOutcome> run(List<Chunk> chunks) throws IOException, InterruptedException {
    List<ChildJvm> children = new ArrayList<>();
    for (Chunk chunk : chunks) {
      children.add(prepare(chunk));
    }
    // Shared by all chunks: on Ctrl-C or SIGTERM every test JVM is destroyed with covrun.
    ShutdownHookProcessDestroyer destroyer = new ShutdownHookProcessDestroyer();
    List<ChunkProcess> processes = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      processes.add(start(chunks.get(i), children.get(i), destroyer));
    }
    out.printf("[covrun] started %d test JVMs%n", processes.size());
    out.flush();
    List<Integer> numbers = chunks.stream().map(Chunk::number).toList();
    try (ProgressMonitor monitor = ProgressMonitor.start(layout, numbers, processes, out, progressSeconds)) {
      List<ChunkOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < chunks.size(); i++) {
        outcomes.add(await(chunks.get(i), processes.get(i)));
      }
      return outcomes;
    }
  }

  private ChildJvm prepare(Chunk chunk) throws IOException {
    int n = chunk.number();
    Files.createDirectories(layout.chunkTmp(n));
    Files.createDirectories(layout.chunkJunit(n));
    Files.write(layout.chunkUnits(n), chunk.units(), StandardCharsets.UTF_8);
    ChunkDatabase database = templateDb.prepare(n, layout.chunkDbDir(n));
    ChildJvm jvm = jvms.forChunk(n, database);
    Files.writeString(layout.chunkArgFile(n), jvm.argFileContent(), StandardCharsets.UTF_8);
    return jvm;
  }

  private ChunkProcess start(Chunk chunk, ChildJvm jvm, ShutdownHookProcessDestroyer destroyer) {
    int n = chunk.number();
    try {
      return ChunkProcess.start(
          jvm, layout.chunkArgFile(n), layout.chunkStdout(n), layout.chunkStderr(n), destroyer);
    } catch (IOException e) {
      throw new CovrunException(
          ExitCode.INCOMPLETE, "cannot start the JVM of chunk " + n + ": " + e.getMessage(), e);
    }
  }

  private ChunkOutcome await(Chunk chunk, ChunkProcess process) throws InterruptedException {
    int n = chunk.number();
    int exitValue = process.waitFor();
    Path exec = layout.chunkExec(n);
    boolean execWritten = Files.isRegularFile(exec) && sizeOf(exec) > 0;
    ChunkOutcome outcome =
        new ChunkOutcome(
            chunk,
            ChunkEvents.read(layout.chunkEvents(n)),
            exitValue,
            process.elapsedMillis(),
            execWritten,
            lastLines(layout.chunkStderr(n)));
    out.printf(
        "[covrun] chunk %d %s in %.1fs%n", n, outcome.status(), outcome.wallMillis() / 1000.0);
    out.flush();
    return outcome;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static List<String> lastLines(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return List.copyOf(lines.subList(Math.max(0, lines.size() - ERROR_LINES), lines.size()));
    } catch (IOException e) {
      return List.of();
    }
  }
}
