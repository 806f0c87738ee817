package dev.covrun.merger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;

/** Writes real exec files with JaCoCo's own writer so the tests need no committed binaries. */
final class ExecFileFixture {

  static final long CLASS_ID = 0x1234_5678_9abcL;
  static final String CLASS_NAME = "com/example/Calculator";

  private ExecFileFixture() {}

  static Path write(Path file, String sessionId, boolean... probes) throws IOException {
    return write(file, sessionId, CLASS_ID, CLASS_NAME, probes);
  }

  static Path write(Path file, String sessionId, long id, String name, boolean... probes)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      writer.visitSessionInfo(new SessionInfo(sessionId, 1_000L, 2_000L));
      writer.visitClassExecution(new ExecutionData(id, name, probes));
    }
    return file;
  }

  /** The size of a file holding only the header and one session: where the class block starts. */
  static long headerAndSessionSize(Path dir, String sessionId) throws IOException {
    Path file = dir.resolve("header-and-session.tmp");
    try (OutputStream out = Files.newOutputStream(file)) {
      new ExecutionDataWriter(out).visitSessionInfo(new SessionInfo(sessionId, 1_000L, 2_000L));
    }
    long size = Files.size(file);
    Files.delete(file);
    return size;
  }

  /** A copy of {@code source} without its last {@code bytes} bytes, as a killed JVM leaves it. */
  static Path truncatedCopy(Path source, Path target, int bytes) throws IOException {
    byte[] whole = Files.readAllBytes(source);
    return Files.write(target, Arrays.copyOf(whole, whole.length - bytes));
  }

  /** A copy of {@code source} followed by {@code extra}. */
  static Path appendedCopy(Path source, Path target, byte... extra) throws IOException {
    Files.write(target, Files.readAllBytes(source));
    Files.write(target, extra, java.nio.file.StandardOpenOption.APPEND);
    return target;
  }
}
