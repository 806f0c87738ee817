package dev.covrun.merger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;

/** Writes real exec files with JaCoCo's own writer so the tests need no committed binaries. */
final class ExecFileFixture {

  static final long CLASS_ID = 0x1234_5678_9abcL;
  static final String CLASS_NAME = "com/example/Calculator";

  private ExecFileFixture() {}

  static Path write(Path file, String sessionId, boolean... probes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      ExecutionDataWriter writer = new ExecutionDataWriter(out);
      writer.visitSessionInfo(new SessionInfo(sessionId, 1_000L, 2_000L));
      writer.visitClassExecution(new ExecutionData(CLASS_ID, CLASS_NAME, probes));
    }
    return file;
  }
}
