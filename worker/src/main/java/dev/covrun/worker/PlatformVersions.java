package dev.covrun.worker;

import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.Launcher;

/** The versions of the launcher and engine API jars the worker linked against at run time. */
record PlatformVersions(String launcher, String engine) {

  static PlatformVersions current() {
    return new PlatformVersions(versionOf(Launcher.class), versionOf(TestEngine.class));
  }

  /** One line naming both versions and the error that exposed the mismatch. */
  String conflict(Throwable error) {
    return "JUnit Platform version conflict on the test classpath: junit-platform-launcher "
        + launcher
        + ", junit-platform-engine "
        + engine
        + " ("
        + FailureMessage.rootCause(error)
        + "); use one JUnit release for all JUnit jars, e.g. by importing junit-bom";
  }

  private static String versionOf(Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    return version == null ? "unknown version" : version;
  }
}
