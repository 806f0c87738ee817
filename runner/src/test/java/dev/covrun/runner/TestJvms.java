package dev.covrun.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds processes a covrun run may have left behind: test JVMs (by their @argfile) and children. */
final class TestJvms {
  private TestJvms() {}

  /** Live processes whose command line names something under {@code out}: its test JVMs. */
  static List<String> runningUnder(Path out) {
    String marker = out.toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
        .toList();
  }

  /** Pids written by the hang fault for its child process, still alive. */
  static List<Long> liveChildren(Path faultsDir) throws Exception {
    if (!Files.isDirectory(faultsDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(faultsDir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".pid"))
          .map(f -> read(f).strip())
          // the fault writes its pid file while this polls: an empty file is not written yet
          .filter(text -> !text.isEmpty())
          .map(Long::parseLong)
          .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
