package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCopyTest {
  @TempDir Path dir;

  @Test
  void should_copy_a_file_into_the_chunk_db_dir_and_name_it_in_covrun_db() throws Exception {
    Path template = Files.write(dir.resolve("template.db"), new byte[] {1, 2, 3});
    ChunkDatabase db = new TemplateCopy(template).prepare(2, dir.resolve("chunks/2/db"));
    Path copy = dir.resolve("chunks/2/db/template.db");
    assertEquals(Map.of("covrun.db", copy.toString()), db.properties());
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(copy));
  }

  @Test
  void should_never_write_through_to_the_template() throws Exception {
    Path template = Files.writeString(dir.resolve("t.db"), "template");
    Path copy = dir.resolve("db/t.db");
    TemplateCopy.copy(template, copy);
    Files.writeString(copy, "changed by a test");
    assertEquals("template", Files.readString(template));
    assertFalse(Files.isSameFile(template, copy));
    assertEquals(1, Files.getAttribute(copy, "unix:nlink"), "no hard link");
  }

  @Test
  void should_copy_a_directory_recursively_keeping_file_and_directory_modes() throws Exception {
    Path template = Files.createDirectories(dir.resolve("h2/sub"));
    Files.writeString(dir.resolve("h2/data.mv.db"), "h2 data");
    Path locked = Files.writeString(dir.resolve("h2/sub/read-only.lock"), "x");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--------"));
    Files.setPosixFilePermissions(template, PosixFilePermissions.fromString("r-x------"));
    try {
      new TemplateCopy(dir.resolve("h2")).prepare(1, dir.resolve("db"));
      Path copy = dir.resolve("db/h2");
      assertEquals("h2 data", Files.readString(copy.resolve("data.mv.db")));
      assertEquals("r--------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("sub/read-only.lock"))));
      assertEquals("r-x------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("sub"))));
    } finally {
      Files.setPosixFilePermissions(template, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(dir.resolve("db/h2/sub"), PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void should_copy_the_target_of_a_symbolic_link_not_the_link() throws Exception {
    Path real = Files.writeString(dir.resolve("real.db"), "data");
    Path template = Files.createDirectories(dir.resolve("store"));
    Files.createSymbolicLink(template.resolve("link.db"), real);
    new TemplateCopy(template).prepare(1, dir.resolve("db"));
    Path copied = dir.resolve("db/store/link.db");
    assertFalse(Files.isSymbolicLink(copied));
    Files.writeString(copied, "changed");
    assertEquals("data", Files.readString(real));
  }

  @Test
  void should_exit_4_naming_template_and_target_when_the_copy_fails() throws Exception {
    Path template = Files.writeString(dir.resolve("t.db"), "x");
    Path blocked = Files.writeString(dir.resolve("file"), "not a directory");
    CovrunException e =
        assertThrows(CovrunException.class, () -> TemplateCopy.copy(template, blocked.resolve("db/t.db")));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals(
        "cannot copy template database " + template + " to " + blocked.resolve("db/t.db") + ": " + blocked.resolve("db") + ": Not a directory",
        e.getMessage());
  }
}
