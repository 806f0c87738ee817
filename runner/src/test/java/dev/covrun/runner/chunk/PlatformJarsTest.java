package dev.covrun.runner.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.runner.CovrunException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformJarsTest {
  @TempDir Path repository;

  private final Path ownLauncher = Path.of("/covrun/lib/junit-platform-launcher-1.11.4.jar");
  private final Path ownReporting = Path.of("/covrun/lib/junit-platform-reporting-1.11.4.jar");

  private PlatformJars jars() {
    return new PlatformJars(
        List.of(
            new PlatformJars.Bundled("launcher", "1.11.4", ownLauncher),
            new PlatformJars.Bundled("reporting", "1.11.4", ownReporting)),
        repository);
  }

  @Test
  void should_add_nothing_when_the_user_has_launcher_and_reporting() {
    List<Path> cp = List.of(
        Path.of("/m2/junit-platform-engine-1.10.1.jar"),
        Path.of("/m2/junit-platform-launcher-1.10.1.jar"),
        Path.of("/m2/junit-platform-reporting-1.10.1.jar"));
    assertEquals(List.of(), jars().missingFrom(cp));
  }

  @Test
  void should_add_bundled_jars_when_versions_match() {
    List<Path> cp = List.of(Path.of("/m2/junit-platform-engine-1.11.4.jar"));
    assertEquals(List.of(ownLauncher, ownReporting), jars().missingFrom(cp));
  }

  @Test
  void should_take_matching_versions_from_the_local_repository() throws IOException {
    Path launcher = write("junit-platform-launcher", "1.10.1");
    Path reporting = write("junit-platform-reporting", "1.10.1");
    List<Path> cp = List.of(Path.of("/m2/junit-platform-engine-1.10.1.jar"));
    assertEquals(List.of(launcher, reporting), jars().missingFrom(cp));
  }

  @Test
  void should_explain_a_version_it_cannot_find() {
    List<Path> cp = List.of(Path.of("/m2/junit-platform-engine-1.9.0.jar"));
    CovrunException e = assertThrows(CovrunException.class, () -> jars().missingFrom(cp));
    assertEquals(
        "the test classpath has junit-platform-engine 1.9.0 but no junit-platform-launcher;"
            + " covrun bundles 1.11.4 and "
            + repository.resolve("org/junit/platform/junit-platform-launcher/1.9.0/junit-platform-launcher-1.9.0.jar")
            + " does not exist: add org.junit.platform:junit-platform-launcher:1.9.0 to --classpath",
        e.getMessage());
  }

  @Test
  void should_report_a_launcher_engine_mismatch_in_one_line() {
    List<Path> cp = List.of(
        Path.of("/m2/junit-platform-engine-1.11.4.jar"),
        Path.of("/m2/junit-platform-launcher-1.10.0.jar"));
    CovrunException e = assertThrows(CovrunException.class, () -> jars().missingFrom(cp));
    assertEquals(
        "junit-platform-launcher 1.10.0 and junit-platform-engine 1.11.4 on the test classpath differ: use one JUnit Platform version",
        e.getMessage());
  }

  @Test
  void should_require_an_engine() {
    CovrunException e = assertThrows(CovrunException.class, () -> jars().missingFrom(List.of(Path.of("/x/app.jar"))));
    assertEquals(
        "no JUnit Platform engine on the test classpath (no junit-platform-engine jar in --classpath): add junit-jupiter-engine, or junit-vintage-engine for JUnit 4",
        e.getMessage());
  }

  @Test
  void should_accept_the_console_standalone_jar() {
    assertEquals(List.of(), jars().missingFrom(List.of(Path.of("/x/junit-platform-console-standalone-1.10.1.jar"))));
  }

  private Path write(String artifact, String version) throws IOException {
    Path jar = repository.resolve("org/junit/platform/" + artifact + "/" + version + "/" + artifact + "-" + version + ".jar");
    Files.createDirectories(jar.getParent());
    return Files.writeString(jar, "jar");
  }
}
