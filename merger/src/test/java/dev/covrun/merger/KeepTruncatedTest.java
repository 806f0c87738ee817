package dev.covrun.merger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jacoco.core.data.SessionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exec file of a worker killed while appending one unit's stream after another's. */
class KeepTruncatedTest {
  private static final long OTHER_ID = 0x4242L;
  private static final String OTHER_NAME = "com/example/Other";

  @TempDir Path tmp;

  /** Two units' streams back to back, as a worker appends them, cut {@code cut} bytes short. */
  private Path twoUnitsCutShort(int cut) throws IOException {
    Path first = ExecFileFixture.write(tmp.resolve("first.part"), "a.FirstTest", true, false, true);
    Path second =
        ExecFileFixture.write(tmp.resolve("second.part"), "a.SecondTest", OTHER_ID, OTHER_NAME, true, true);
    Path exec = tmp.resolve("chunk.exec");
    Files.write(exec, Files.readAllBytes(first));
    byte[] tail = Files.readAllBytes(second);
    Files.write(exec, java.util.Arrays.copyOf(tail, tail.length - cut), StandardOpenOption.APPEND);
    return exec;
  }

  @Test
  void should_keep_the_units_written_before_the_one_cut_off_and_warn_with_the_offset() throws IOException {
    Path exec = twoUnitsCutShort(3);
    long secondStart = Files.size(tmp.resolve("first.part"));
    long classBlock = secondStart + ExecFileFixture.headerAndSessionSize(tmp, "a.SecondTest");

    MergedExec merged = ExecMerger.merge(List.of(exec), OnBadInput.KEEP_TRUNCATED);

    assertArrayEquals(
        new boolean[] {true, false, true},
        merged.data().get(ExecFileFixture.CLASS_ID).getProbes());
    assertNull(merged.data().get(OTHER_ID), "the cut-off class block is dropped, not half-read");
    assertEquals(
        List.of("a.FirstTest", "a.SecondTest"),
        merged.sessions().getInfos().stream().map(SessionInfo::getId).toList());
    assertEquals(
        List.of(exec.toAbsolutePath() + ": truncated exec file (its writer was killed while appending):"
            + " kept the data before byte " + classBlock + " (2 sessions)"),
        merged.warnings());
    assertFalse(merged.partial(), "nothing was skipped");
  }

  @Test
  void should_keep_a_whole_file_without_warning() throws IOException {
    Path exec = twoUnitsCutShort(0);

    MergedExec merged = ExecMerger.merge(List.of(exec), OnBadInput.KEEP_TRUNCATED);

    assertEquals(List.of(), merged.warnings());
    assertEquals(2, merged.data().getContents().size());
  }

  @Test
  void should_leave_out_a_corrupt_file_as_skip_does() throws IOException {
    Path whole = ExecFileFixture.write(tmp.resolve("whole.exec"), "a.OtherTest", true, true, true);
    Path exec = twoUnitsCutShort(0);
    Files.write(exec, new byte[] {0x7f, 0x00}, StandardOpenOption.APPEND);

    MergedExec merged = ExecMerger.merge(List.of(whole, exec), OnBadInput.KEEP_TRUNCATED);

    assertTrue(merged.partial());
    assertEquals(exec.toAbsolutePath(), merged.skipped().get(0).file().toAbsolutePath());
    assertNull(merged.data().get(OTHER_ID), "nothing of the corrupt file joins");
  }
}
