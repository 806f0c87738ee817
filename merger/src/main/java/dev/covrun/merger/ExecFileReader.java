package dev.covrun.merger;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.data.SessionInfo;

/**
 * Reads one exec file with JaCoCo's reader; a truncated or corrupt file fails naming the byte
 * offset where reading stopped and the block that was being read.
 */
final class ExecFileReader {

  private static final int BUFFER = 64 * 1024;

  private final Path file;
  private final boolean keepTruncated;
  private final ExecutionDataStore data = new ExecutionDataStore();
  private final List<SessionInfo> sessions = new ArrayList<>();
  private long blockStart;
  private OptionalLong keptUpTo = OptionalLong.empty();

  private ExecFileReader(Path file, boolean keepTruncated) {
    this.file = file;
    this.keepTruncated = keepTruncated;
  }

  /** Reads the whole file. */
  static ExecFileContent read(Path file) throws BadExecInputException {
    return read(file, false);
  }

  /**
   * Reads the whole file; with {@code keepTruncated}, a file that ends inside a block yields the
   * complete blocks before it (the reader hands each block over only once it is whole).
   */
  static ExecFileContent read(Path file, boolean keepTruncated) throws BadExecInputException {
    return new ExecFileReader(file, keepTruncated).readAll();
  }

  private ExecFileContent readAll() throws BadExecInputException {
    try (InputStream raw = open();
        CountingInputStream in = new CountingInputStream(new BufferedInputStream(raw, BUFFER))) {
      readBlocks(in);
    } catch (BadExecInputException e) {
      throw e;
    } catch (IOException e) {
      throw new BadExecInputException(file, "cannot read exec file (" + oneLine(e) + ")", e);
    }
    return new ExecFileContent(data, sessions, keptUpTo);
  }

  private InputStream open() throws IOException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new BadExecInputException(file, "exec file not found", e);
    }
  }

  private void readBlocks(CountingInputStream in) throws BadExecInputException {
    ExecutionDataReader reader = new BlockTrackingReader(in);
    reader.setSessionInfoVisitor(sessions::add);
    reader.setExecutionDataVisitor(data::visitClassExecution);
    try {
      reader.read();
    } catch (EOFException e) {
      if (keepTruncated) {
        keptUpTo = OptionalLong.of(blockStart);
        return;
      }
      throw stopped(in, "truncated exec file", "inside the block that starts at byte " + blockStart, e);
    } catch (IncompatibleExecDataVersionException e) {
      throw stopped(in, "exec file of another JaCoCo version", version(e), e);
    } catch (IOException e) {
      throw stopped(in, formatProblem(), oneLine(e), e);
    } catch (IllegalStateException e) {
      // The same class id twice in this file with different names or probe counts.
      throw stopped(in, "corrupt exec file", oneLine(e), e);
    }
  }

  private String formatProblem() {
    return blockStart == 0 ? "not a JaCoCo exec file" : "corrupt exec file";
  }

  private BadExecInputException stopped(
      CountingInputStream in, String problem, String detail, Exception cause) {
    return new BadExecInputException(
        file,
        "%s: reading stopped at byte %d (%s)".formatted(problem, in.position(), detail),
        cause);
  }

  private static String version(IncompatibleExecDataVersionException e) {
    return "format version 0x%04x, this covrun reads 0x%04x"
        .formatted(e.getActualVersion(), (int) ExecutionDataWriter.FORMAT_VERSION);
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String flat = message.replaceAll("\\s+", " ").trim();
    return flat.endsWith(".") ? flat.substring(0, flat.length() - 1) : flat;
  }

  /** Remembers where the block being read started: its type byte has just been consumed. */
  private final class BlockTrackingReader extends ExecutionDataReader {
    private final CountingInputStream in;

    BlockTrackingReader(CountingInputStream in) {
      super(in);
      this.in = in;
    }

    @Override
    protected boolean readBlock(byte blockType) throws IOException {
      blockStart = in.position() - 1;
      return super.readBlock(blockType);
    }
  }
}
