package dev.covrun.runner.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDiffTest {
  @TempDir Path dir;

  @Test
  void should_return_the_lines_the_working_tree_adds_or_changes_against_a_revision() throws Exception {
    GitRepo repo = GitRepo.init(dir);
    Path source = Files.createDirectories(dir.resolve("src/org/acme")).resolve("Order.java");
    Files.write(source, List.of("class Order {", "  int a;", "  int b;", "}"));
    Files.write(dir.resolve("README.md"), List.of("# readme"));
    repo.commitAll("base");
    Files.write(source, List.of("class Order {", "  int a;", "  int changed;", "  int added;", "}"));
    Files.write(dir.resolve("README.md"), List.of("# readme", "more"));
    Files.createDirectories(dir.resolve("sub"));

    GitDiff.Changes changes = GitDiff.against(dir.resolve("sub"), "HEAD");

    assertEquals(dir.toRealPath(), changes.repoRoot().toRealPath());
    assertEquals(
        Map.of("README.md", new TreeSet<>(List.of(2)), "src/org/acme/Order.java", new TreeSet<>(List.of(3, 4))),
        changes.lines().byFile());
  }

  @Test
  void should_exit_4_with_gits_reason_for_an_unknown_revision() throws Exception {
    GitRepo repo = GitRepo.init(dir);
    Files.writeString(dir.resolve("a.txt"), "a\n");
    repo.commitAll("base");

    CovrunException e = assertThrows(CovrunException.class, () -> GitDiff.against(dir, "no-such-branch"));

    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("git diff against --diff-base no-such-branch failed in "), e.getMessage());
    assertTrue(e.getMessage().contains("no-such-branch"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void should_exit_4_outside_a_repository() {
    CovrunException e = assertThrows(CovrunException.class, () -> GitDiff.against(dir, "HEAD"));

    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("not a git repository"), e.getMessage());
  }
}
