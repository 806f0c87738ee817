package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkEvents;
import dev.covrun.runner.chunk.ChunkProcess;
import dev.covrun.runner.chunk.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Reads what an ended worker JVM left in its directory: events, coverage, last output lines. */
final class WorkerFacts {
  private static final int LAST_LINES = 10;
  private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at .*|\\.\\.\\. \\d+ (more|common frames omitted))");

  private WorkerFacts() {}

  static WorkerEnd.Facts read(RunLayout layout, int number, ChunkProcess process) {
    return new WorkerEnd.Facts(
        process.exitValue(),
        process.elapsedMillis(),
        ChunkEvents.read(layout.chunkEvents(number)),
        sizeOf(layout.chunkExec(number)) > 0,
        lastOutput(layout, number, process));
  }

  /** The last lines of stderr, else of stdout; why the JVM could not start if it never did. */
  private static List<String> lastOutput(RunLayout layout, int number, ChunkProcess process) {
    List<String> err = lastLines(layout.chunkStderr(number));
    if (!err.isEmpty()) {
      return err;
    }
    List<String> out = lastLines(layout.chunkStdout(number));
    return out.isEmpty() && !process.failureMessage().isEmpty() ? List.of(process.failureMessage()) : out;
  }

  /** The last lines that say something: blank lines and stack frames ("at ...", "... 3 more") left out. */
  private static List<String> lastLines(Path log) {
    try {
      List<String> lines =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank() && !STACK_FRAME.matcher(l).matches())
              .toList();
      return List.copyOf(lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size()));
    } catch (IOException e) {
      return List.of();
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
