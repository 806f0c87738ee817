package dev.covrun.worker;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Appends the agent's data to the worker's exec file after every unit, as a session named after
 * the unit, so the exec file says which unit covered what and a crash loses at most the unit in
 * flight. Each dump is one complete exec stream written with one write and flushed to the OS; a
 * JVM killed in the middle of one leaves earlier streams whole. When the JVM ends during a unit
 * ({@code System.exit}, SIGTERM) a shutdown hook writes that unit's data; at an orderly end
 * whatever ran outside any unit is written under the agent's own session id, if anything did.
 */
final class CoverageDumps implements UnitCoverage {
  private static final int HEADER_BYTES = 5;
  private static final int SESSION_FIXED_BYTES = 1 + 8 + 8;

  private final CoverageAgent agent;
  private final Path exec;
  private final PrintStream err;
  private final String exitSession;
  private final Thread hook = new Thread(this::onShutdown, "covrun-coverage-dump");
  private OutputStream out;
  private String unitInFlight;
  private boolean closed;

  private CoverageDumps(CoverageAgent agent, Path exec, PrintStream err) {
    this.agent = agent;
    this.exec = exec;
    this.err = err;
    this.exitSession = agent.sessionId();
  }

  /** Dumps into exec when both an exec file and an agent are there; otherwise does nothing. */
  static UnitCoverage open(Optional<Path> exec, Optional<CoverageAgent> agent, PrintStream err) {
    if (exec.isEmpty() || agent.isEmpty()) {
      return UnitCoverage.NONE;
    }
    CoverageDumps dumps = new CoverageDumps(agent.get(), exec.get(), err);
    Runtime.getRuntime().addShutdownHook(dumps.hook);
    return dumps;
  }

  @Override
  public synchronized void unitStarting(String unit) {
    agent.sessionId(unit);
    unitInFlight = unit;
  }

  /** Writes the unit's data before the unit is reported finished, so a reported unit is on disk. */
  @Override
  public synchronized void unitFinished() throws WorkerException {
    try {
      append(agent.take());
      unitInFlight = null;
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.OUTPUT_FAILED,
          "cannot write coverage to " + exec + ": " + FailureMessage.ioReason(e));
    }
  }

  /** The final dump at an orderly end: data recorded outside any unit, if there is any. */
  @Override
  public synchronized void close() throws WorkerException {
    try {
      if (!closed) {
        dumpLeftover();
      }
      closeFile();
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.OUTPUT_FAILED,
          "cannot write coverage to " + exec + ": " + FailureMessage.ioReason(e));
    } finally {
      closed = true;
      removeHook();
    }
  }

  // The JVM is ending without an orderly close: a test called System.exit, or covrun killed it.
  private synchronized void onShutdown() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (unitInFlight != null) {
        append(agent.take());
      } else {
        dumpLeftover();
      }
      closeFile();
    } catch (IOException | RuntimeException e) {
      err.println("covrun-worker: cannot write coverage to " + exec + " at exit: " + FailureMessage.firstLine(e));
    }
  }

  private void dumpLeftover() throws IOException {
    agent.sessionId(exitSession);
    byte[] data = agent.take();
    if (data.length > emptyDumpBytes(exitSession)) {
      append(data);
    }
  }

  private void append(byte[] data) throws IOException {
    if (out == null) {
      out = new FileOutputStream(exec.toFile(), true);
    }
    out.write(data);
    out.flush();
  }

  private void closeFile() throws IOException {
    if (out != null) {
      out.close();
    }
  }

  private void removeHook() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook finds the dumps closed
    }
  }

  /** The size of a dump with a header and a session but no class data. */
  static int emptyDumpBytes(String sessionId) {
    ByteArrayOutputStream utf = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(utf)) {
      data.writeUTF(sessionId);
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e);
    }
    return HEADER_BYTES + SESSION_FIXED_BYTES + utf.size();
  }
}
