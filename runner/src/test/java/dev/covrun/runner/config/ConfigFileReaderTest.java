package dev.covrun.runner.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileReaderTest {
  private static final Set<String> KEYS =
      Set.of("chunks", "template-db", "tests", "min", "jvm-arg", "enable-assertions");

  @TempDir Path dir;

  @Test
  void should_read_long_option_names_and_single_values_as_lists() throws IOException {
    Path file = write("chunks: 4\ntemplate-db: build/t.db\ntests: target/test-classes\nmin: [LINE=0.9]\njvm-arg: -Xmx1g\nenable-assertions: false\n");
    Settings settings = ConfigFileReader.read(file, KEYS);
    assertEquals("4", settings.string("chunks"));
    assertEquals("build/t.db", settings.string("template-db"));
    assertEquals(List.of("target/test-classes"), settings.list("tests"));
    assertEquals(List.of("LINE=0.9"), settings.list("min"));
    assertEquals(List.of("-Xmx1g"), settings.list("jvm-arg"));
    assertEquals(false, settings.bool("enable-assertions"));
  }

  @Test
  void should_treat_an_empty_file_as_no_settings() throws IOException {
    assertEquals(Settings.none(), ConfigFileReader.read(write(""), KEYS));
  }

  @Test
  void should_name_an_unknown_key_and_its_line() throws IOException {
    Path file = write("chunks: 2\nchunk-count: 3\n");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(file, KEYS));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals("unknown key 'chunk-count' in " + file + " (line 2)", e.getMessage());
  }

  @Test
  void should_name_a_file_that_is_not_yaml() throws IOException {
    Path file = write("chunks: [4\n");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(file, KEYS));
    assertTrue(e.getMessage().startsWith("invalid config file " + file), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void should_reject_a_nested_value() throws IOException {
    Path file = write("chunks: 2\nmin:\n  line: 0.9\n");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(file, KEYS));
    assertEquals("invalid config file " + file + " (line 2): 'min' must be a value or a list of values", e.getMessage());
  }

  @Test
  void should_name_an_unreadable_file() {
    Path missing = dir.resolve("covrun.yaml");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(missing, KEYS));
    assertEquals("cannot read config file " + missing, e.getMessage());
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("covrun.yaml"), text);
  }
}
