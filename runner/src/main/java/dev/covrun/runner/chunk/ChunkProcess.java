package dev.covrun.runner.chunk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.Executor;
import org.apache.commons.exec.ProcessDestroyer;
import org.apache.commons.exec.PumpStreamHandler;
import org.apache.commons.exec.environment.EnvironmentUtils;

/**
 * One running test JVM, started through Commons Exec with its output pumped to log files. It
 * keeps the {@link Process} so covrun can dump its threads, kill its child processes and kill it.
 */
public final class ChunkProcess {
  private final TimedResultHandler result;
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final long startNanos = System.nanoTime();
  private volatile Process process;

  private ChunkProcess(OutputStream stdout, OutputStream stderr, Consumer<ChunkProcess> onEnd) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.result = new TimedResultHandler(() -> ended(onEnd));
  }

  /** Starts the JVM described by an @argfile; returns at once and calls {@code onEnd} when it ends. */
  public static ChunkProcess start(
      ChildJvm jvm, Path argFile, Path stdoutLog, Path stderrLog, Consumer<ChunkProcess> onEnd)
      throws IOException {
    ChunkProcess process =
        new ChunkProcess(
            new SharedLog(Files.newOutputStream(stdoutLog)),
            Files.newOutputStream(stderrLog),
            onEnd);
    Executor executor =
        DefaultExecutor.builder().setWorkingDirectory(jvm.workdir().toFile()).get();
    executor.setStreamHandler(new PumpStreamHandler(process.stdout, process.stderr));
    executor.setProcessDestroyer(new Keeper(process));
    executor.setExitValues(null);
    CommandLine command = new CommandLine(jvm.java().toFile());
    command.addArgument("@" + argFile, false);
    Map<String, String> env = EnvironmentUtils.getProcEnvironment();
    env.putAll(jvm.environment());
    executor.execute(command, env, process.result);
    return process;
  }

  /** Waits for the JVM to end and returns its exit value, or -1 when it could not run. */
  public int waitFor() throws InterruptedException {
    result.waitFor();
    return exitValue();
  }

  /** The exit value once ended, or -1 when the JVM could not run. */
  public int exitValue() {
    ExecuteException failure = result.getException();
    return failure != null && result.getExitValue() == Executor.INVALID_EXITVALUE
        ? -1
        : result.getExitValue();
  }

  /** Why the JVM could not be started or ended abnormally, if Commons Exec knows. */
  public String failureMessage() {
    ExecuteException failure = result.getException();
    return failure == null ? "" : failure.getMessage();
  }

  public boolean hasEnded() {
    return result.hasResult();
  }

  /** The JVM's process, once Commons Exec has started it. */
  public Optional<ProcessHandle> handle() {
    Process started = process;
    return started == null ? Optional.empty() : Optional.of(started.toHandle());
  }

  /** Appends text to the JVM's stdout log between its own writes, e.g. a thread dump taken from outside. */
  public void appendToStdout(String text) {
    try {
      stdout.write(text.getBytes(StandardCharsets.UTF_8));
      stdout.flush();
    } catch (IOException e) {
      // the log is best effort
    }
  }

  /** Wall time from start to exit (or to now, while it runs). */
  public long elapsedMillis() {
    long end = result.hasResult() ? result.endNanos : System.nanoTime();
    return (end - startNanos) / 1_000_000;
  }

  private void ended(Consumer<ChunkProcess> onEnd) {
    closeLogs();
    onEnd.accept(this);
  }

  private void closeLogs() {
    try {
      stdout.close();
      stderr.close();
    } catch (IOException e) {
      // the logs are best effort; the exit value is what matters
    }
  }

  /** Remembers when the process ended, then tells whoever waits; Commons Exec's pumps are done by then. */
  private static final class TimedResultHandler extends DefaultExecuteResultHandler {
    private final Runnable onEnd;
    private volatile long endNanos;

    TimedResultHandler(Runnable onEnd) {
      this.onEnd = onEnd;
    }

    @Override
    public void onProcessComplete(int exitValue) {
      endNanos = System.nanoTime();
      super.onProcessComplete(exitValue);
      onEnd.run();
    }

    @Override
    public void onProcessFailed(ExecuteException e) {
      endNanos = System.nanoTime();
      super.onProcessFailed(e);
      onEnd.run();
    }
  }

  /**
   * Keeps the started process. covrun's own shutdown hook, not Commons Exec's, ends test JVMs on
   * Ctrl-C or SIGTERM: it must find their child processes before the JVMs die and orphan them.
   */
  private record Keeper(ChunkProcess owner) implements ProcessDestroyer {
    @Override
    public boolean add(Process process) {
      owner.process = process;
      return true;
    }

    @Override
    public boolean remove(Process process) {
      return true;
    }

    @Override
    public int size() {
      return owner.process == null || !owner.process.isAlive() ? 0 : 1;
    }
  }

  /** The stdout log, written by the output pump and by covrun (thread dumps) one write at a time. */
  private static final class SharedLog extends OutputStream {
    private final OutputStream out;

    SharedLog(OutputStream out) {
      this.out = out;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public synchronized void flush() throws IOException {
      out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
      out.close();
    }
  }
}
