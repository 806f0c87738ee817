package dev.covrun.merger;

import static dev.covrun.merger.ExecFileFixture.CLASS_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecMergerTest {

  @TempDir Path tmp;

  @Test
  void should_or_probes_of_the_same_class_and_keep_both_sessions() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "chunk-01", true, false, false);
    Path b = ExecFileFixture.write(tmp.resolve("b.exec"), "chunk-02", false, false, true);

    MergedExec merged = ExecMerger.merge(List.of(a, b));

    assertArrayEquals(new boolean[] {true, false, true}, merged.data().get(CLASS_ID).getProbes());
    assertEquals(List.of("chunk-01", "chunk-02"), sessionIds(merged));
    assertEquals(List.of(), merged.warnings());
  }

  @Test
  void should_expand_directories_recursively_in_sorted_order() throws IOException {
    ExecFileFixture.write(tmp.resolve("runs/chunk-02/jacoco.exec"), "s2", true);
    ExecFileFixture.write(tmp.resolve("runs/chunk-01/jacoco.exec"), "s1", true);
    ExecFileFixture.write(tmp.resolve("runs/chunk-10.exec"), "s10", true);
    Files.writeString(tmp.resolve("runs/notes.txt"), "not exec data");

    MergedExec merged = ExecMerger.merge(List.of(tmp.resolve("runs")));

    Path runs = tmp.resolve("runs").toAbsolutePath();
    assertEquals(
        List.of(
            runs.resolve("chunk-01/jacoco.exec"),
            runs.resolve("chunk-02/jacoco.exec"),
            runs.resolve("chunk-10.exec")),
        merged.files());
  }

  @Test
  void should_fail_naming_the_path_when_an_input_does_not_exist() {
    Path missing = tmp.resolve("nope.exec");

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(missing)));

    assertEquals(missing, e.path());
    assertEquals(missing + ": exec file or directory not found", e.getMessage());
  }

  @Test
  void should_fail_when_a_directory_holds_no_exec_files() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(empty)));

    assertEquals(empty + ": no .exec files found", e.getMessage());
  }

  @Test
  void should_fail_naming_the_file_when_an_exec_file_is_truncated() throws IOException {
    Path whole = ExecFileFixture.write(tmp.resolve("whole.exec"), "s", true, true, false);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(tmp.resolve("cut.exec"), Arrays.copyOf(bytes, bytes.length - 5));

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(whole, cut)));

    Path abs = cut.toAbsolutePath();
    assertEquals(abs, e.path());
    assertEquals(
        abs + ": not a valid JaCoCo exec file (unexpected end of file, probably truncated)",
        e.getMessage());
  }

  @Test
  void should_fail_naming_the_file_when_an_exec_file_is_garbage() throws IOException {
    Path garbage = Files.writeString(tmp.resolve("garbage.exec"), "hello, I am not exec data\n");

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(garbage)));

    assertEquals(
        garbage.toAbsolutePath() + ": not a valid JaCoCo exec file (Invalid execution data file)",
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void should_fail_when_the_same_class_has_a_different_probe_count() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "s1", true, false);
    Path b = ExecFileFixture.write(tmp.resolve("b.exec"), "s2", true, false, true);

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(a, b)));

    assertEquals(b.toAbsolutePath(), e.path());
    assertTrue(
        e.getMessage().startsWith(b.toAbsolutePath() + ": execution data incompatible with"),
        e.getMessage());
  }

  @Test
  void should_accept_an_empty_exec_file_with_a_warning() throws IOException {
    Path good = ExecFileFixture.write(tmp.resolve("a.exec"), "s1", true);
    Path empty = Files.createFile(tmp.resolve("b.exec"));

    MergedExec merged = ExecMerger.merge(List.of(good, empty));

    assertEquals(List.of(empty.toAbsolutePath() + ": empty exec file"), merged.warnings());
    assertEquals(List.of("s1"), sessionIds(merged));
  }

  @Test
  void should_merge_a_file_holding_only_a_header_without_warning() throws IOException {
    Path headerOnly = tmp.resolve("header.exec");
    try (var out = Files.newOutputStream(headerOnly)) {
      new ExecutionDataWriter(out).flush();
    }

    MergedExec merged = ExecMerger.merge(List.of(headerOnly));

    assertTrue(merged.data().getContents().isEmpty());
    assertEquals(List.of(), merged.warnings());
  }

  @Test
  void should_reject_an_empty_input_list() {
    assertThrows(IllegalArgumentException.class, () -> ExecMerger.merge(List.of()));
  }

  @Test
  void should_read_each_file_once_when_given_twice() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "s1", true);

    MergedExec merged = ExecMerger.merge(List.of(a, tmp, a));

    assertEquals(List.of(a.toAbsolutePath()), merged.files());
    assertEquals(List.of("s1"), sessionIds(merged));
  }

  private static List<String> sessionIds(MergedExec merged) {
    return merged.sessions().getInfos().stream().map(SessionInfo::getId).toList();
  }
}
