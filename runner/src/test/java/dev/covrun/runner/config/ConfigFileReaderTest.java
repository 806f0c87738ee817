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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileReaderTest {
  @TempDir Path dir;

  @Test
  void should_read_long_option_names_and_single_values_as_lists() throws IOException {
    Path file = write("chunks: 4\ntemplate-db: build/t.db\ntests: target/test-classes\nmin: [LINE=0.9]\njvm-arg: -Xmx1g\nenable-assertions: false\n");
    Settings settings = ConfigFileReader.read(file);
    assertEquals("4", settings.chunks());
    assertEquals("build/t.db", settings.templateDb());
    assertEquals(List.of("target/test-classes"), settings.tests());
    assertEquals(List.of("LINE=0.9"), settings.min());
    assertEquals(List.of("-Xmx1g"), settings.jvmArgs());
    assertEquals(false, settings.enableAssertions());
  }

  @Test
  void should_treat_an_empty_file_as_no_settings() throws IOException {
    assertEquals(Settings.none(), ConfigFileReader.read(write("")));
  }

  @Test
  void should_name_an_unknown_key_and_its_line() throws IOException {
    Path file = write("chunks: 2\nchunk-count: 3\n");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(file));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals("unknown key 'chunk-count' in " + file + " (line 2)", e.getMessage());
  }

  @Test
  void should_name_a_file_that_is_not_yaml() throws IOException {
    Path file = write("chunks: [4\n");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(file));
    assertTrue(e.getMessage().startsWith("invalid config file " + file), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void should_name_an_unreadable_file() {
    Path missing = dir.resolve("covrun.yaml");
    CovrunException e = assertThrows(CovrunException.class, () -> ConfigFileReader.read(missing));
    assertEquals("cannot read config file " + missing, e.getMessage());
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("covrun.yaml"), text);
  }
}
