package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassFileTest {
  @TempDir Path dir;

  @Test
  void should_take_the_first_matching_line_with_wildcards() {
    List<String> lines =
        List.of(
            "# comment",
            "other:5432:*:ci:wrong",
            "127.0.0.1:5432:postgres:ci:right",
            "*:*:*:*:fallback");
    assertEquals(Optional.of("right"), PgPassFile.match(lines, "127.0.0.1", 5432, "postgres", "ci"));
    assertEquals(Optional.of("fallback"), PgPassFile.match(lines, "127.0.0.1", 5433, "postgres", "ci"));
    assertEquals(Optional.empty(), PgPassFile.match(lines.subList(0, 3), "h", 1, "d", "u"));
  }

  @Test
  void should_unescape_colons_and_backslashes() {
    List<String> lines = List.of("h:5432:d:u:pa\\:ss\\\\word:with:colons");
    assertEquals(Optional.of("pa:ss\\word:with:colons"), PgPassFile.match(lines, "h", 5432, "d", "u"));
  }

  @Test
  void should_read_pgpassfile_else_home_pgpass() throws Exception {
    Path named = Files.writeString(dir.resolve("named"), "*:*:*:ci:from-pgpassfile\n");
    Files.writeString(dir.resolve(".pgpass"), "*:*:*:ci:from-home\n");
    assertEquals(
        "from-pgpassfile",
        PgPassFile.lookup(Map.of("PGPASSFILE", named.toString()), "h", 1, "d", "ci").orElseThrow().reveal());
    assertEquals(
        "from-home",
        PgPassFile.lookup(Map.of("HOME", dir.toString()), "h", 1, "d", "ci").orElseThrow().reveal());
    assertEquals(
        Optional.empty(),
        PgPassFile.lookup(Map.of("HOME", dir.resolve("none").toString()), "h", 1, "d", "ci"));
  }
}
