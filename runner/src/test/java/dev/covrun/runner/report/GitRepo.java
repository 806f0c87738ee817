package dev.covrun.runner.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real throwaway git repository for patch-coverage tests. */
public final class GitRepo {
  private final Path dir;

  private GitRepo(Path dir) {
    this.dir = dir;
  }

  /** {@code git init} in {@code dir}, with an identity so commits work on any machine. */
  public static GitRepo init(Path dir) throws IOException, InterruptedException {
    GitRepo repo = new GitRepo(dir);
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "user.email", "tests@covrun.dev");
    repo.git("config", "user.name", "covrun tests");
    repo.git("config", "commit.gpgsign", "false");
    return repo;
  }

  /** Adds everything and commits. */
  public void commitAll(String message) throws IOException, InterruptedException {
    git("add", "-A");
    git("commit", "-q", "-m", message);
  }

  /** Runs git here and returns its output; fails the test when git fails. */
  public String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new AssertionError(command + " failed: " + output);
    }
    return output;
  }
}
