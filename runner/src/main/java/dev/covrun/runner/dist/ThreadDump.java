package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Writes a stuck JVM's thread dump into its stdout log before it is killed: {@code jcmd PID
 * Thread.print} from the test JVM's JDK, or, without jcmd, SIGQUIT ({@code kill -3}), on which the
 * JVM prints the dump to its own stdout.
 */
final class ThreadDump {
  private static final long JCMD_SECONDS = 30;
  private static final long SIGQUIT_SETTLE_MILLIS = 1000;

  private final Path jcmd;

  /** Uses the jcmd next to the given java executable. */
  ThreadDump(Path java) {
    this.jcmd = java.resolveSibling("jcmd");
  }

  /** Dumps the threads of the running process into its log; never throws. */
  void into(ChunkProcess process, String why) {
    process
        .handle()
        .filter(ProcessHandle::isAlive)
        .ifPresent(
            handle -> {
              process.appendToStdout("%n[covrun] thread dump: %s%n".formatted(why));
              if (!withJcmd(process, handle.pid())) {
                withSigquit(handle.pid());
              }
            });
  }

  private boolean withJcmd(ChunkProcess process, long pid) {
    if (!Files.isExecutable(jcmd)) {
      return false;
    }
    try {
      Process dump =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Thread.print")
              .redirectErrorStream(true)
              .start();
      String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean done = dump.waitFor(JCMD_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        dump.destroyForcibly();
        return false;
      }
      process.appendToStdout(text);
      return dump.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private static void withSigquit(long pid) {
    try {
      new ProcessBuilder("kill", "-3", String.valueOf(pid)).start().waitFor(5, TimeUnit.SECONDS);
      Thread.sleep(SIGQUIT_SETTLE_MILLIS);
    } catch (IOException e) {
      // no dump then; the kill still happens
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
