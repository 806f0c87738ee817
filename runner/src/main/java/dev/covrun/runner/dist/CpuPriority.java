package dev.covrun.runner.dist;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lowers the CPU priority of a running test JVM: every thread of it and of its child processes
 * (Linux keeps a nice value per thread, and new threads inherit their creator's) goes to nice
 * {@value #LOWERED}, with {@code renice}. Only lowers: an unprivileged process cannot raise a
 * priority again. Linux only; elsewhere, or when renice fails, one notice and the run goes on.
 */
final class CpuPriority {
  static final int LOWERED = 10;
  private static final Path PROC = Path.of("/proc");
  private static final long RENICE_SECONDS = 5;

  private final PrintWriter err;
  private boolean warned;

  CpuPriority(PrintWriter err) {
    this.err = err;
  }

  /** Whether this machine lets covrun find a process's threads. */
  static boolean isSupported() {
    return Files.isDirectory(PROC.resolve("self").resolve("task"));
  }

  /** Lowers the JVM and its descendants; never throws. */
  void lower(int worker, ProcessHandle jvm) {
    List<String> threads = new ArrayList<>();
    Stream.concat(Stream.of(jvm), jvm.descendants()).forEach(process -> threads.addAll(threadsOf(process.pid())));
    if (threads.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(LOWERED), "-p"));
    command.addAll(threads);
    try {
      Process renice = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(renice.getInputStream().readAllBytes());
      if (!renice.waitFor(RENICE_SECONDS, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        warn(worker, "renice did not finish");
      } else if (renice.exitValue() != 0 && !output.contains("new priority")) {
        warn(worker, "renice: " + output.strip().lines().findFirst().orElse("exit " + renice.exitValue()));
      }
    } catch (IOException e) {
      warn(worker, "cannot run renice: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<String> threadsOf(long pid) {
    try (Stream<Path> tasks = Files.list(PROC.resolve(String.valueOf(pid)).resolve("task"))) {
      return tasks.map(task -> task.getFileName().toString()).toList();
    } catch (IOException e) {
      return List.of(); // the process has just ended
    }
  }

  private void warn(int worker, String why) {
    if (!warned) {
      warned = true;
      err.println("covrun: cannot lower the CPU priority of worker " + worker + " (" + why + "); running on without");
      err.flush();
    }
  }
}
