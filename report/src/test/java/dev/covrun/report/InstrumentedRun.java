package dev.covrun.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.instr.Instrumenter;
import org.jacoco.core.runtime.LoggerRuntime;
import org.jacoco.core.runtime.RuntimeData;

/**
 * Real execution data for the sample {@code Grader}: instruments it with JaCoCo, calls {@code
 * grade(95)} once and collects the probes, as JaCoCo's CoreTutorial does.
 */
public record InstrumentedRun(ExecutionDataStore data, SessionInfoStore sessions) {

  public static final String CLASS_NAME = "dev.covrun.report.sample.Grader";
  public static final String CLASS_FILE = CLASS_NAME.replace('.', '/') + ".class";

  public static InstrumentedRun gradeNinetyFive() throws Exception {
    LoggerRuntime runtime = new LoggerRuntime();
    RuntimeData runtimeData = new RuntimeData();
    runtimeData.setSessionId("sample-session");
    runtime.startup(runtimeData);
    try {
      byte[] instrumented = new Instrumenter(runtime).instrument(originalBytes(), CLASS_NAME);
      Class<?> grader = new SingleClassLoader(CLASS_NAME, instrumented).loadClass(CLASS_NAME);
      Object instance = grader.getConstructor().newInstance();
      grader.getMethod("grade", int.class).invoke(instance, 95);
      InstrumentedRun run = new InstrumentedRun(new ExecutionDataStore(), new SessionInfoStore());
      runtimeData.collect(run.data(), run.sessions(), false);
      return run;
    } finally {
      runtime.shutdown();
    }
  }

  public static byte[] originalBytes() throws IOException {
    try (InputStream in = InstrumentedRun.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
      return in.readAllBytes();
    }
  }

  /** Copies the un-instrumented class file into a fresh class root under {@code dir}. */
  public static Path classRoot(Path dir) throws IOException {
    Path file = dir.resolve(CLASS_FILE);
    Files.createDirectories(file.getParent());
    Files.write(file, originalBytes());
    return dir;
  }

  private static final class SingleClassLoader extends ClassLoader {
    private final String name;
    private final byte[] bytes;

    SingleClassLoader(String name, byte[] bytes) {
      super(InstrumentedRun.class.getClassLoader());
      this.name = name;
      this.bytes = bytes;
    }

    @Override
    protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
      if (name.equals(className)) {
        return defineClass(name, bytes, 0, bytes.length);
      }
      return super.loadClass(className, resolve);
    }
  }
}
