package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageDumpsTest {
  @TempDir Path dir;
  private final PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  /** Hands out a dump per call: the session id followed by the "probes" hit since the last take. */
  private static final class FakeAgent implements CoverageAgent {
    final List<String> hits = new ArrayList<>();
    String session = "covrun-chunk-1";

    @Override
    public String sessionId() {
      return session;
    }

    @Override
    public void sessionId(String id) {
      session = id;
    }

    @Override
    public byte[] take() {
      byte[] dump = dump(session, String.join(",", hits));
      hits.clear();
      return dump;
    }
  }

  /** An exec-stream stand-in with the real header and session sizes, plus the hits as payload. */
  static byte[] dump(String session, String payload) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(new byte[] {0x01, (byte) 0xc0, (byte) 0xc0, 0x10, 0x07});
      out.writeByte(0x10);
      out.writeUTF(session);
      out.writeLong(0);
      out.writeLong(0);
      out.write(payload.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  @Test
  void should_append_one_session_per_unit_named_after_the_unit() throws Exception {
    FakeAgent agent = new FakeAgent();
    Path exec = dir.resolve("chunk.exec");
    try (UnitCoverage coverage = CoverageDumps.open(Optional.of(exec), Optional.of(agent), err)) {
      coverage.unitStarting("a.FirstTest");
      agent.hits.add("first");
      coverage.unitFinished();
      coverage.unitStarting("a.SecondTest");
      agent.hits.add("second");
      coverage.unitFinished();
      assertArrayEquals(concat(dump("a.FirstTest", "first"), dump("a.SecondTest", "second")), Files.readAllBytes(exec));
    }
  }

  @Test
  void should_write_data_recorded_outside_units_under_the_agent_session_at_close() throws Exception {
    FakeAgent agent = new FakeAgent();
    Path exec = dir.resolve("chunk.exec");
    UnitCoverage coverage = CoverageDumps.open(Optional.of(exec), Optional.of(agent), err);
    coverage.unitStarting("a.FirstTest");
    coverage.unitFinished();
    agent.hits.add("shutdown-hook");
    coverage.close();

    assertArrayEquals(
        concat(dump("a.FirstTest", ""), dump("covrun-chunk-1", "shutdown-hook")), Files.readAllBytes(exec));
  }

  @Test
  void should_write_nothing_at_close_when_nothing_ran_outside_units() throws Exception {
    FakeAgent agent = new FakeAgent();
    Path exec = dir.resolve("chunk.exec");
    UnitCoverage coverage = CoverageDumps.open(Optional.of(exec), Optional.of(agent), err);
    coverage.close();

    assertFalse(Files.exists(exec), "no empty session, not even an empty file");
  }

  @Test
  void should_do_nothing_without_an_agent_or_an_exec_file() {
    assertSame(UnitCoverage.NONE, CoverageDumps.open(Optional.of(dir.resolve("x.exec")), Optional.empty(), err));
    assertSame(UnitCoverage.NONE, CoverageDumps.open(Optional.empty(), Optional.of(new FakeAgent()), err));
  }

  @Test
  void should_fail_naming_the_exec_file_it_cannot_write() throws Exception {
    Path exec = dir.resolve("missing-dir/chunk.exec");
    UnitCoverage coverage = CoverageDumps.open(Optional.of(exec), Optional.of(new FakeAgent()), err);
    coverage.unitStarting("a.FirstTest");

    WorkerException e = assertThrows(WorkerException.class, coverage::unitFinished);

    assertEquals(WorkerExit.OUTPUT_FAILED, e.exit());
    assertTrue(e.getMessage().startsWith("cannot write coverage to " + exec + ": "), e.getMessage());
    coverage.close();
  }

  @Test
  void should_find_no_agent_in_a_jvm_started_without_one() {
    assertTrue(CoverageAgent.find().isEmpty());
  }

  @Test
  void should_size_an_empty_dump_as_header_plus_session() {
    assertEquals(dump("covrun-chunk-12", "").length, CoverageDumps.emptyDumpBytes("covrun-chunk-12"));
    assertEquals(dump("é", "").length, CoverageDumps.emptyDumpBytes("é"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
