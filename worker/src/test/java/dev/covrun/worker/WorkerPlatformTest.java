package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.worker.samples.LinkageFailingEngine;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestEngine;

class WorkerPlatformTest {
  @TempDir Path dir;

  @Test
  void should_exit_3_when_no_test_engine_is_on_the_class_path() throws IOException {
    WorkerHarness worker = new WorkerHarness(dir);
    ClassLoader withoutEngines =
        new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());

    int exit = withContextLoader(withoutEngines, () -> worker.run("any.Test"));

    assertEquals(3, exit);
    assertEquals(
        "covrun-worker: no JUnit Platform test engine on the test classpath"
            + " (add junit-jupiter-engine or junit-vintage-engine)",
        worker.stderr().strip());
  }

  @Test
  void should_exit_3_naming_platform_versions_when_an_engine_cannot_link() throws IOException {
    WorkerHarness worker = new WorkerHarness(dir);
    Path services = dir.resolve("engine/META-INF/services/" + TestEngine.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, LinkageFailingEngine.class.getName() + "\n");
    URL[] urls = {dir.resolve("engine").toUri().toURL()};
    ClassLoader brokenEngine = new URLClassLoader(urls, getClass().getClassLoader());

    int exit = withContextLoader(brokenEngine, () -> worker.run("any.Test"));

    assertEquals(3, exit);
    PlatformVersions versions = PlatformVersions.current();
    String expected =
        "covrun-worker: JUnit Platform version conflict on the test classpath:"
            + " junit-platform-launcher "
            + versions.launcher()
            + ", junit-platform-engine "
            + versions.engine()
            + " (java.lang.NoSuchMethodError: simulated launcher and engine mismatch);"
            + " use one JUnit release for all JUnit jars, e.g. by importing junit-bom";
    assertEquals(expected, worker.stderr().strip());
  }

  @Test
  void should_fail_unit_whose_class_exists_but_cannot_be_linked() throws IOException {
    WorkerHarness worker = new WorkerHarness(dir);
    String unit = "dev.covrun.worker.samples.PassingSample";
    ClassLoader unlinkable = new UnlinkableClassLoader(unit, getClass().getClassLoader());

    int exit = withContextLoader(unlinkable, () -> worker.run(unit));

    assertEquals(1, exit);
    String failure = worker.events().get(1);
    assertEquals(
        "TEST\tFAILED\t"
            + unit
            + "\t"
            + unit
            + "\tTestEngine with ID 'junit-jupiter' failed to"
            + " discover tests: java.lang.NoClassDefFoundError: com/example/MissingDependency",
        failure);
    assertTrue(worker.events().get(2).matches("UNIT_END\t" + unit + "\t\\d+\t0\t1\t0"));
  }

  @Test
  void should_read_platform_versions_from_the_jar_manifests() {
    PlatformVersions versions = PlatformVersions.current();

    assertTrue(versions.launcher().matches("\\d+\\.\\d+\\.\\d+.*"), versions::toString);
    assertTrue(versions.engine().matches("\\d+\\.\\d+\\.\\d+.*"), versions::toString);
  }

  /** Fails to link one class the way a class with a missing dependency jar does. */
  private static final class UnlinkableClassLoader extends ClassLoader {
    private final String unlinkable;

    UnlinkableClassLoader(String unlinkable, ClassLoader parent) {
      super(parent);
      this.unlinkable = unlinkable;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.equals(unlinkable)) {
        throw new NoClassDefFoundError("com/example/MissingDependency");
      }
      return super.loadClass(name, resolve);
    }
  }

  private interface WorkerCall {
    int call() throws IOException;
  }

  private static int withContextLoader(ClassLoader loader, WorkerCall call) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return call.call();
    } finally {
      thread.setContextClassLoader(original);
    }
  }
}
