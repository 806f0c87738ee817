package dev.covrun.runner.report;

import dev.covrun.report.gate.ChangedLines;
import dev.covrun.report.gate.UnifiedDiff;
import dev.covrun.runner.CovrunException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code git diff REF} for patch coverage: the lines the working tree adds or changes. */
public final class GitDiff {

  /** The changed lines and the repository root their paths are relative to. */
  public record Changes(Path repoRoot, ChangedLines lines) {}

  private GitDiff() {}

  /**
   * The changes of the working tree of the repository holding {@code dir} against {@code ref}.
   *
   * @throws CovrunException (exit 4) if git is missing, {@code dir} is not in a repository or the
   *     revision is unknown, with git's own first line of explanation
   */
  public static Changes against(Path dir, String ref) {
    Path root = Path.of(git(dir, ref, "rev-parse", "--show-toplevel").strip());
    String diff =
        git(root, ref, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "--unified=0", ref, "--");
    return new Changes(root, UnifiedDiff.parse(diff));
  }

  private static String git(Path dir, String ref, String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Path stderr = null;
    try {
      stderr = Files.createTempFile("covrun-git", ".err");
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw failed(dir, ref, Files.readString(stderr));
      }
      return out;
    } catch (IOException e) {
      throw CovrunException.badInput("cannot run git for --diff-base " + ref + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CovrunException.badInput("interrupted while running git for --diff-base " + ref);
    } finally {
      deleteQuietly(stderr);
    }
  }

  private static CovrunException failed(Path dir, String ref, String stderr) {
    String reason = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("git failed");
    return CovrunException.badInput("git diff against --diff-base " + ref + " failed in " + dir + ": " + reason);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a leftover temp file is harmless
      }
    }
  }
}
