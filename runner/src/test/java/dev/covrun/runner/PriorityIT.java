package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --favor-longest with real worker JVMs: the unit recorded as by far the longest runs at the
 * priority covrun has, the units the other worker runs meanwhile at nice 10; every probe writes
 * the nice value of its own test thread.
 */
class PriorityIT {
  private static final String PACKAGE = "dev.covrun.fixture.priority.";
  private static final List<String> SHORT = List.of("Short1Probe", "Short2Probe", "Short3Probe", "Short4Probe");

  @TempDir static Path dir;
  private static int ownNice;

  @BeforeAll
  static void linuxWithRoomBelow() throws IOException {
    Path stat = Path.of("/proc/thread-self/stat");
    assumeTrue(Files.exists(stat), "needs Linux's /proc/thread-self");
    String text = Files.readString(stat);
    ownNice = Integer.parseInt(text.substring(text.lastIndexOf(')') + 2).split(" ")[16]);
    assumeTrue(ownNice < 10, "this build already runs at nice " + ownNice);
  }

  private static FixtureSuite.Result covrun(String name, String... extra) throws IOException {
    Map<String, Double> timings = new TreeMap<>();
    timings.put(PACKAGE + "LongProbe", 100.0);
    SHORT.forEach(probe -> timings.put(PACKAGE + probe, 0.2));
    new ObjectMapper().writeValue(dir.resolve(name + "-timings.json").toFile(), timings);
    List<String> args = new ArrayList<>(FixtureSuite.options(dir.resolve(name), 2));
    args.addAll(List.of("--include", "**/priority/*Probe", "--jvm-arg=-Dcovrun.priority.dir=" + niceDir(name)));
    args.addAll(List.of(extra));
    return FixtureSuite.covrun(dir, Map.of(), args);
  }

  private static Path niceDir(String name) {
    return dir.resolve(name + "-nice");
  }

  private static int nice(String name, String probe) throws IOException {
    return Integer.parseInt(Files.readString(niceDir(name).resolve(probe + ".nice")).strip());
  }

  @Test
  void should_lower_the_other_workers_while_the_longest_unit_runs() throws IOException {
    FixtureSuite.Result result = covrun("favored");

    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertTrue(result.out().contains("runs " + PACKAGE + "LongProbe (predicted 100s, bounds the run)"), result.out());
    assertEquals(ownNice, nice("favored", "LongProbe"));
    for (String probe : SHORT) {
      assertEquals(10, nice("favored", probe), probe + " ran while LongProbe did");
    }
  }

  @Test
  void should_leave_every_worker_alone_with_no_favor_longest() throws IOException {
    FixtureSuite.Result result = covrun("plain", "--no-favor-longest");

    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertFalse(result.out().contains("bounds the run"), result.out());
    assertEquals(ownNice, nice("plain", "LongProbe"));
    for (String probe : SHORT) {
      assertEquals(ownNice, nice("plain", probe), probe);
    }
  }

  @Test
  void should_favour_nothing_under_static_distribution() throws IOException {
    FixtureSuite.Result result = covrun("static", "--dist", "static");

    assertEquals(0, result.exitCode(), result.out() + result.err());
    for (String probe : SHORT) {
      assertEquals(ownNice, nice("static", probe), probe);
    }
  }
}
