package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.runner.CovrunException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTest {
  @TempDir Path dir;

  @Test
  void should_read_a_path_relative_to_the_base() throws Exception {
    Files.writeString(dir.resolve("t.db"), "x");
    assertEquals(new FileTemplate(dir.resolve("t.db")), TemplateSource.parse("t.db", dir, Map.of()));
  }

  @Test
  void should_name_a_missing_template_file() {
    CovrunException e =
        assertThrows(CovrunException.class, () -> TemplateSource.parse("missing.db", dir, Map.of()));
    assertEquals("template database not found: " + dir.resolve("missing.db"), e.getMessage());
  }

  @Test
  void should_take_the_password_from_pgpassword_before_the_password_file() throws Exception {
    Files.writeString(dir.resolve(".pgpass"), "*:*:postgres:ci:from-file\n");
    String url = "postgresql://ci@127.0.0.1:5432/shop";
    PostgresTemplate fromEnv =
        (PostgresTemplate) TemplateSource.parse(url, dir, Map.of("PGPASSWORD", "from-env", "HOME", dir.toString()));
    assertEquals("from-env", fromEnv.password().orElseThrow().reveal());
    PostgresTemplate fromFile = (PostgresTemplate) TemplateSource.parse(url, dir, Map.of("HOME", dir.toString()));
    assertEquals("from-file", fromFile.password().orElseThrow().reveal());
    PostgresTemplate none =
        (PostgresTemplate) TemplateSource.parse(url, dir, Map.of("HOME", dir.resolve("x").toString()));
    assertEquals(Optional.empty(), none.password());
    assertEquals(url, fromEnv.toString());
  }
}
