package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void should_collect_added_and_changed_new_side_lines_with_context() {
    String diff = String.join("\n",
        "diff --git a/src/Foo.java b/src/Foo.java",
        "index 1111111..2222222 100644",
        "--- a/src/Foo.java",
        "+++ b/src/Foo.java",
        "@@ -10,6 +10,7 @@ class Foo {",
        "   int a;",
        "-  int b;",
        "+  int b2;",
        "+  int c;",
        "   int d;",
        "@@ -40 +41 @@",
        "-old",
        "+new",
        "\\ No newline at end of file");

    assertEquals(Map.of("src/Foo.java", lines(11, 12, 41)), UnifiedDiff.parse(diff).byFile());
  }

  @Test
  void should_read_zero_context_hunks_new_files_renames_and_skip_deletions() {
    String diff = String.join("\n",
        "diff --git a/A.java b/A.java",
        "--- a/A.java",
        "+++ b/A.java",
        "@@ -3,0 +4,2 @@ void m() {",
        "+  x();",
        "+  y();",
        "@@ -9,2 +10,0 @@",
        "-  gone();",
        "-  gone();",
        "diff --git a/New.java b/New.java",
        "new file mode 100644",
        "--- /dev/null",
        "+++ b/New.java",
        "@@ -0,0 +1,2 @@",
        "+class New {",
        "+}",
        "diff --git a/Old.java b/Old.java",
        "deleted file mode 100644",
        "--- a/Old.java",
        "+++ /dev/null",
        "@@ -1 +0,0 @@",
        "-class Old {}",
        "diff --git a/x/Moved.java b/y/Moved.java",
        "similarity index 90%",
        "rename from x/Moved.java",
        "rename to y/Moved.java",
        "--- a/x/Moved.java",
        "+++ b/y/Moved.java",
        "@@ -2 +2 @@",
        "-a",
        "+++b;");

    assertEquals(
        Map.of("A.java", lines(4, 5), "New.java", lines(1, 2), "y/Moved.java", lines(2)),
        UnifiedDiff.parse(diff).byFile());
  }

  @Test
  void should_unquote_paths_git_quotes() {
    String diff = String.join("\n",
        "diff --git \"a/my dir/Q\\\"uote.java\" \"b/my dir/Q\\\"uote.java\"",
        "--- \"a/my dir/Q\\\"uote.java\"",
        "+++ \"b/my dir/Q\\\"uote.java\"",
        "@@ -1 +1 @@",
        "-a",
        "+b");

    assertEquals(Map.of("my dir/Q\"uote.java", lines(1)), UnifiedDiff.parse(diff).byFile());
  }

  @Test
  void should_read_an_empty_diff_as_no_changes() {
    assertEquals(0, UnifiedDiff.parse("").lineCount());
  }

  private static SortedSet<Integer> lines(Integer... numbers) {
    return new TreeSet<>(List.of(numbers));
  }
}
