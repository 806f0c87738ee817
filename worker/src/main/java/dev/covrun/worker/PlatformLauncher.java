package dev.covrun.worker;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherFactory;

/** Opens the one launcher session a worker uses, turning platform set-up errors into exit 3. */
final class PlatformLauncher {
  static final String NO_ENGINE =
      "no JUnit Platform test engine on the test classpath"
          + " (add junit-jupiter-engine or junit-vintage-engine)";

  private PlatformLauncher() {}

  /** Opens a session whose engines come from the given loader, like the launcher's own lookup. */
  static LauncherSession open(ClassLoader loader) throws WorkerException {
    try {
      if (!ServiceLoader.load(TestEngine.class, loader).iterator().hasNext()) {
        throw new WorkerException(WorkerExit.PLATFORM_UNUSABLE, NO_ENGINE);
      }
      return LauncherFactory.openSession();
    } catch (ServiceConfigurationError | LinkageError | JUnitException e) {
      String message = PlatformVersions.current().conflict(e);
      throw new WorkerException(WorkerExit.PLATFORM_UNUSABLE, message);
    }
  }
}
