package dev.covrun.runner;

import dev.covrun.runner.chunk.PlatformJars;
import dev.covrun.worker.WorkerMain;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/** Where covrun's own jars are: the worker, and the JUnit Platform jars it bundles. */
final class Installation {
  private Installation() {}

  /** The worker's jar (or classes directory when run from a build tree). */
  static Path workerJar() {
    return locationOf(WorkerMain.class);
  }

  /** The launcher resolution for test classpaths, with covrun's bundled versions. */
  static PlatformJars platformJars() {
    return new PlatformJars(
        List.of(
            bundled("launcher", LauncherFactory.class),
            bundled("reporting", LegacyXmlReportGeneratingListener.class)),
        localRepository());
  }

  private static PlatformJars.Bundled bundled(String artifact, Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    return new PlatformJars.Bundled(artifact, version == null ? "unknown" : version, locationOf(type));
  }

  private static Path localRepository() {
    String configured = System.getProperty("maven.repo.local");
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".m2", "repository");
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
    }
  }
}
