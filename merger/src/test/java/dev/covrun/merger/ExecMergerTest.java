package dev.covrun.merger;

import static dev.covrun.merger.ExecFileFixture.CLASS_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertFalse(merged.partial());
  }

  @Test
  void should_record_which_file_each_session_came_from() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "chunk-01", true);
    Path b = ExecFileFixture.write(tmp.resolve("b.exec"), "chunk-02", false);

    MergedExec merged = ExecMerger.merge(List.of(a, b));

    assertEquals(
        List.of("chunk-01 " + a.toAbsolutePath(), "chunk-02 " + b.toAbsolutePath()),
        merged.sessionSources().stream()
            .map(s -> s.session().getId() + " " + s.file())
            .toList());
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
  void should_take_only_merged_exec_from_a_covrun_output_directory() throws IOException {
    Path out = tmp.resolve("out");
    ExecFileFixture.write(out.resolve("merged.exec"), "merged", true, true);
    ExecFileFixture.write(out.resolve("chunks/1/chunk.exec"), "covrun-chunk-1", true, false);
    ExecFileFixture.write(out.resolve("chunks/2/chunk.exec"), "covrun-chunk-2", false, true);

    MergedExec merged = ExecMerger.merge(List.of(out));

    assertEquals(List.of(out.resolve("merged.exec").toAbsolutePath()), merged.files());
    assertEquals(List.of("merged"), sessionIds(merged));
  }

  @Test
  void should_take_the_merged_exec_of_every_shard_directory_below_a_directory() throws IOException {
    Path shards = tmp.resolve("shards");
    ExecFileFixture.write(shards.resolve("shard-1/merged.exec"), "shard-1", true, false);
    ExecFileFixture.write(shards.resolve("shard-1/chunks/1/chunk.exec"), "c1", true, false);
    ExecFileFixture.write(shards.resolve("shard-2/merged.exec"), "shard-2", false, true);
    ExecFileFixture.write(shards.resolve("shard-2/chunks/1/chunk.exec"), "c2", false, true);
    ExecFileFixture.write(shards.resolve("extra/loose.exec"), "loose", false, false);

    MergedExec merged = ExecMerger.merge(List.of(shards));

    Path root = shards.toAbsolutePath();
    assertEquals(
        List.of(
            root.resolve("extra/loose.exec"),
            root.resolve("shard-1/merged.exec"),
            root.resolve("shard-2/merged.exec")),
        merged.files());
    assertArrayEquals(new boolean[] {true, true}, merged.data().get(CLASS_ID).getProbes());
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
  void should_name_the_file_and_the_offsets_when_an_exec_file_is_truncated() throws IOException {
    Path whole = ExecFileFixture.write(tmp.resolve("whole.exec"), "s", true, true, false);
    Path cut = ExecFileFixture.truncatedCopy(whole, tmp.resolve("cut.exec"), 2);
    long classBlock = ExecFileFixture.headerAndSessionSize(tmp, "s");

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(whole, cut)));

    Path abs = cut.toAbsolutePath();
    assertEquals(abs, e.path());
    assertEquals(
        abs
            + ": truncated exec file: reading stopped at byte "
            + Files.size(cut)
            + " (inside the block that starts at byte "
            + classBlock
            + ")",
        e.getMessage());
  }

  @Test
  void should_fail_naming_the_file_when_an_exec_file_is_garbage() throws IOException {
    Path garbage = Files.writeString(tmp.resolve("garbage.exec"), "hello, I am not exec data\n");

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(garbage)));

    assertEquals(
        garbage.toAbsolutePath()
            + ": not a JaCoCo exec file: reading stopped at byte 1 (Invalid execution data file)",
        e.getMessage());
  }

  @Test
  void should_name_the_offset_of_an_unknown_block_in_a_corrupt_file() throws IOException {
    Path whole = ExecFileFixture.write(tmp.resolve("whole.exec"), "s", true);
    Path corrupt = ExecFileFixture.appendedCopy(whole, tmp.resolve("corrupt.exec"), (byte) 0x5a);

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(corrupt)));

    assertEquals(
        corrupt.toAbsolutePath()
            + ": corrupt exec file: reading stopped at byte "
            + Files.size(corrupt)
            + " (Unknown block type 5a)",
        e.getMessage());
  }

  @Test
  void should_name_the_format_version_of_an_exec_file_from_another_jacoco() throws IOException {
    byte[] header = ExecutionDataWriter.getFileHeader();
    header[4] = 0x06; // format 0x1006 instead of 0x1007
    Path old = Files.write(tmp.resolve("old.exec"), header);

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(old)));

    assertEquals(
        old.toAbsolutePath()
            + ": exec file of another JaCoCo version: reading stopped at byte 5 (format version"
            + " 0x1006, this covrun reads 0x1007)",
        e.getMessage());
  }

  @Test
  void should_fail_when_the_same_class_has_a_different_probe_count() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "s1", true, false);
    Path b = ExecFileFixture.write(tmp.resolve("b.exec"), "s2", true, false, true);

    BadExecInputException e =
        assertThrows(BadExecInputException.class, () -> ExecMerger.merge(List.of(a, b)));

    assertEquals(b.toAbsolutePath(), e.path());
    assertEquals(
        b.toAbsolutePath()
            + ": execution data incompatible with "
            + a.toAbsolutePath()
            + ": class id 0000123456789abc is com/example/Calculator with 2 probes there,"
            + " com/example/Calculator with 3 here (another JaCoCo version?)",
        e.getMessage());
  }

  @Test
  void should_skip_a_truncated_file_loudly_and_mark_the_result_partial() throws IOException {
    Path good = ExecFileFixture.write(tmp.resolve("a.exec"), "good", true, false);
    Path whole = ExecFileFixture.write(tmp.resolve("whole.exec"), "cut", false, true);
    Path cut = ExecFileFixture.truncatedCopy(whole, tmp.resolve("b.exec"), 1);
    Files.delete(whole);

    MergedExec merged = ExecMerger.merge(List.of(tmp), OnBadInput.SKIP);

    assertTrue(merged.partial());
    assertEquals(1, merged.skipped().size());
    assertEquals(cut.toAbsolutePath(), merged.skipped().get(0).file());
    assertTrue(
        merged.skipped().get(0).message().startsWith(
            cut.toAbsolutePath() + ": truncated exec file: reading stopped at byte "),
        merged.skipped().get(0).message());
    assertEquals(List.of("good"), sessionIds(merged));
    assertArrayEquals(new boolean[] {true, false}, merged.data().get(CLASS_ID).getProbes());
  }

  @Test
  void should_skip_an_incompatible_file_without_touching_the_merged_probes() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "s1", true, false);
    Path b = ExecFileFixture.write(tmp.resolve("b.exec"), "s2", false, true, true);

    MergedExec merged = ExecMerger.merge(List.of(a, b), OnBadInput.SKIP);

    assertEquals(List.of(b.toAbsolutePath()), merged.skipped().stream().map(SkippedInput::file).toList());
    assertArrayEquals(new boolean[] {true, false}, merged.data().get(CLASS_ID).getProbes());
    assertEquals(List.of("s1"), sessionIds(merged));
  }

  @Test
  void should_fail_when_every_file_is_bad_even_when_skipping() throws IOException {
    Path garbage = Files.writeString(tmp.resolve("garbage.exec"), "nope");

    BadExecInputException e =
        assertThrows(
            BadExecInputException.class,
            () -> ExecMerger.merge(List.of(garbage), OnBadInput.SKIP));

    assertEquals(
        garbage.toAbsolutePath()
            + ": every exec file is bad, nothing to merge (1 skipped; first: not a JaCoCo exec"
            + " file: reading stopped at byte 1 (Invalid execution data file))",
        e.getMessage());
  }

  @Test
  void should_accept_an_empty_exec_file_with_a_warning() throws IOException {
    Path good = ExecFileFixture.write(tmp.resolve("a.exec"), "s1", true);
    Path empty = Files.createFile(tmp.resolve("b.exec"));

    MergedExec merged = ExecMerger.merge(List.of(good, empty));

    assertEquals(List.of(empty.toAbsolutePath() + ": empty exec file"), merged.warnings());
    assertEquals(List.of("s1"), sessionIds(merged));
    assertFalse(merged.partial());
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
