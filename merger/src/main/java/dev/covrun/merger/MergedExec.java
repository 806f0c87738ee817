package dev.covrun.merger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfoStore;

/**
 * The result of a merge: the combined probes and sessions, the exec files considered (in merge
 * order), non-fatal warnings such as empty exec files, the bad files left out under {@link
 * OnBadInput#SKIP}, and which file each session came from.
 */
public record MergedExec(
    ExecutionDataStore data,
    SessionInfoStore sessions,
    List<Path> files,
    List<String> warnings,
    List<SkippedInput> skipped,
    List<SessionSource> sessionSources) {

  public MergedExec {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sessions, "sessions");
    files = List.copyOf(files);
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
    sessionSources = List.copyOf(sessionSources);
  }

  /** True when bad files were skipped: the data is not everything that was recorded. */
  public boolean partial() {
    return !skipped.isEmpty();
  }

  /**
   * Writes a standard exec file (header, sessions, data), creating parent directories; the file
   * appears atomically, so readers never see a partial one.
   */
  public void writeTo(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      writeData(temp);
      Files.move(
          temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void writeData(Path temp) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      sessions.accept(writer);
      data.accept(writer);
    }
  }
}
