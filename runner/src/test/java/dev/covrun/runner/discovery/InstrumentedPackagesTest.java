package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentedPackagesTest {
  @TempDir Path dir;

  @Test
  void should_keep_only_outermost_packages() {
    assertEquals(
        List.of("com.b", "org.acme"),
        InstrumentedPackages.outermost(new TreeSet<>(List.of("org.acme", "org.acme.sub", "com.b", "com.b.c.d"))));
  }

  @Test
  void should_not_treat_a_name_prefix_as_an_enclosing_package() {
    assertEquals(
        List.of("org.acme", "org.acmetools"),
        InstrumentedPackages.outermost(new TreeSet<>(List.of("org.acme", "org.acmetools"))));
  }

  @Test
  void should_build_includes_from_directories_and_jars() throws IOException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("org/acme/sub"));
    Files.write(classes.resolve("org/acme/A.class"), new byte[0]);
    Files.write(classes.resolve("org/acme/sub/B.class"), new byte[0]);
    Path jar = dir.resolve("lib.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("com/other/C.class"));
      out.putNextEntry(new JarEntry("META-INF/versions/11/com/other/C.class"));
      out.putNextEntry(new JarEntry("module-info.class"));
    }
    assertEquals("com.other.*:org.acme.*", InstrumentedPackages.includesFor(List.of(classes, jar)));
  }

  @Test
  void should_instrument_everything_when_a_class_is_in_the_default_package() throws IOException {
    Files.write(dir.resolve("Main.class"), new byte[0]);
    assertEquals("*", InstrumentedPackages.includesFor(List.of(dir)));
  }
}
