package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.plan.Timings;
import dev.covrun.runner.timing.TimingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingsFileTest {
  @TempDir Path dir;

  @Test
  void should_write_sorted_keys_with_millisecond_precision_and_read_them_back() throws Exception {
    Path file = dir.resolve(".covrun/timings.json");
    TimingsFile.write(file, new Timings(new TreeMap<>(Map.of("z.Test", 0.12345, "a.Test", 2.0))));
    assertEquals("{\n  \"a.Test\" : 2.000,\n  \"z.Test\" : 0.123\n}\n", Files.readString(file));
    assertEquals(new TreeMap<>(Map.of("a.Test", 2.0, "z.Test", 0.123)), TimingsFile.read(file).seconds());
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temp file left");
    }
  }

  @Test
  void should_read_a_missing_file_as_nothing_recorded() {
    assertTrue(TimingsFile.read(dir.resolve("none.json")).seconds().isEmpty());
  }

  @Test
  void should_exit_4_naming_a_file_with_bad_json() throws Exception {
    Path file = Files.writeString(dir.resolve("t.json"), "{\"a.Test\": 1.0,,}");
    CovrunException e = assertThrows(CovrunException.class, () -> TimingsFile.read(file));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().startsWith("invalid timings file " + file + ": "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void should_exit_4_naming_a_negative_duration() throws Exception {
    Path file = Files.writeString(dir.resolve("t.json"), "{\"a.Test\": -1.5}");
    CovrunException e = assertThrows(CovrunException.class, () -> TimingsFile.read(file));
    assertEquals("invalid timings file " + file + ": duration of 'a.Test' is -1.5 (expected seconds >= 0)", e.getMessage());
  }

  @Test
  void should_exit_4_on_a_file_that_is_not_an_object() throws Exception {
    Path file = Files.writeString(dir.resolve("t.json"), "[1, 2]");
    CovrunException e = assertThrows(CovrunException.class, () -> TimingsFile.read(file));
    assertEquals("invalid timings file " + file + ": expected a JSON object of unit name to seconds", e.getMessage());
  }
}
