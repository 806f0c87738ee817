package dev.covrun.runner;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fixtures module's suite, built before the runner, and in-process covrun runs on it. */
final class FixtureSuite {
  static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../fixtures").normalize();
  static final Path TARGET = ROOT.resolve("target");

  /** What one in-process covrun invocation printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private FixtureSuite() {}

  /** The fault fixtures (System.exit, SIGKILL, hangs, OOM, flaky): only FaultIT runs them. */
  static final String FAULTS = "**/faults/**";

  /** The options that point covrun at the fixture suite without its faults, writing to out. */
  static List<String> options(Path out, int chunks) {
    List<String> options = withFaults(out, chunks);
    options.addAll(List.of("--exclude", FAULTS));
    return options;
  }

  /** The options that point covrun at the fixture suite, faults not excluded, writing to out. */
  static List<String> withFaults(Path out, int chunks) {
    return new ArrayList<>(
        List.of(
            "--chunks", String.valueOf(chunks),
            "--classpath", "@" + TARGET.resolve("cp.txt"),
            "--tests", TARGET.resolve("test-classes").toString(),
            "--classes", TARGET.resolve("classes").toString(),
            "--sources", ROOT.resolve("src/main/java").toString(),
            "--template-db", TARGET.resolve("template.db").toString(),
            "--workdir", ROOT.toString(),
            "--out", out.toString(),
            "--timings", out.resolveSibling(out.getFileName() + "-timings.json").toString(),
            "--progress-interval", "1"));
  }

  static Result covrun(Path cwd, Map<String, String> env, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(new PrintWriter(out), new PrintWriter(err), env, cwd, args.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }
}
