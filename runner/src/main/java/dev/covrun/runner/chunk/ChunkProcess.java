package dev.covrun.runner.chunk;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.Executor;
import org.apache.commons.exec.ProcessDestroyer;
import org.apache.commons.exec.PumpStreamHandler;
import org.apache.commons.exec.environment.EnvironmentUtils;

/** One running test JVM, started through Commons Exec with its output pumped to log files. */
public final class ChunkProcess {
  private final TimedResultHandler result = new TimedResultHandler();
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final long startNanos = System.nanoTime();

  private ChunkProcess(OutputStream stdout, OutputStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts the JVM described by an @argfile; returns at once. */
  public static ChunkProcess start(
      ChildJvm jvm, Path argFile, Path stdoutLog, Path stderrLog, ProcessDestroyer destroyer)
      throws IOException {
    ChunkProcess process =
        new ChunkProcess(Files.newOutputStream(stdoutLog), Files.newOutputStream(stderrLog));
    Executor executor =
        DefaultExecutor.builder().setWorkingDirectory(jvm.workdir().toFile()).get();
    executor.setStreamHandler(new PumpStreamHandler(process.stdout, process.stderr));
    executor.setProcessDestroyer(destroyer);
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
    closeLogs();
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

  /** Wall time from start to exit (or to now, while it runs). */
  public long elapsedMillis() {
    long end = result.hasResult() ? result.endNanos : System.nanoTime();
    return (end - startNanos) / 1_000_000;
  }

  /** Remembers when the process ended, whoever waits for it later. */
  private static final class TimedResultHandler extends DefaultExecuteResultHandler {
    private volatile long endNanos;

    @Override
    public void onProcessComplete(int exitValue) {
      endNanos = System.nanoTime();
      super.onProcessComplete(exitValue);
    }

    @Override
    public void onProcessFailed(ExecuteException e) {
      endNanos = System.nanoTime();
      super.onProcessFailed(e);
    }
  }

  private void closeLogs() {
    try {
      stdout.close();
      stderr.close();
    } catch (IOException e) {
      // the logs are best effort; the exit value is what matters
    }
  }
}
