package dev.covrun.merger;

import static dev.covrun.merger.ExecFileFixture.CLASS_ID;
import static dev.covrun.merger.ExecFileFixture.CLASS_NAME;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergedExecTest {

  @TempDir Path tmp;

  @Test
  void should_write_an_exec_file_that_round_trips_through_exec_file_loader() throws IOException {
    MergedExec merged = mergeTwoChunks();
    Path out = tmp.resolve("out/nested/merged.exec");

    merged.writeTo(out);

    ExecFileLoader loader = new ExecFileLoader();
    loader.load(out.toFile());
    ExecutionData data = loader.getExecutionDataStore().get(CLASS_ID);
    assertEquals(CLASS_NAME, data.getName());
    assertArrayEquals(new boolean[] {true, true, false}, data.getProbes());
    assertEquals(
        List.of("chunk-01", "chunk-02"),
        loader.getSessionInfoStore().getInfos().stream().map(SessionInfo::getId).toList());
  }

  @Test
  void should_leave_no_temp_file_behind_and_replace_an_existing_file() throws IOException {
    Path out = tmp.resolve("merged.exec");
    Files.writeString(out, "stale");

    mergeTwoChunks().writeTo(out);

    try (Stream<Path> listing = Files.list(tmp)) {
      assertEquals(
          List.of("a.exec", "b.exec", "merged.exec"),
          listing.map(p -> p.getFileName().toString()).sorted().toList());
    }
    ExecFileLoader loader = new ExecFileLoader();
    loader.load(out.toFile());
    assertEquals(1, loader.getExecutionDataStore().getContents().size());
  }

  private MergedExec mergeTwoChunks() throws IOException {
    Path a = ExecFileFixture.write(tmp.resolve("a.exec"), "chunk-01", true, false, false);
    Path b = ExecFileFixture.write(tmp.resolve("b.exec"), "chunk-02", false, true, false);
    return ExecMerger.merge(List.of(a, b));
  }
}
