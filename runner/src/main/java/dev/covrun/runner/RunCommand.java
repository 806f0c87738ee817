package dev.covrun.runner;

import dev.covrun.runner.config.ConfigFileReader;
import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.config.Settings;
import dev.covrun.runner.config.SettingsResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covrun run}: the whole coverage run of a suite in parallel JVMs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds the test classes, splits them into chunks, runs each chunk in its own JVM with the"
          + " JaCoCo agent (its own temp dir and template-DB copy), merges the coverage, writes"
          + " OUT/merged.exec, OUT/jacoco.xml, OUT/html/ and OUT/summary.json, and checks --min.",
      "Every option can also be set in covrun.yaml (keys are the long option names, e.g."
          + " 'template-db: build/template.db'); options given here override the file.",
      "Each chunk JVM gets the environment variables COVRUN_CHUNK, COVRUN_CHUNKS, COVRUN_DB and"
          + " COVRUN_TMP, and the same as system properties covrun.chunk, covrun.chunks, covrun.db"
          + " and covrun.tmp."
    },
    footer = ExitCodes.HELP)
final class RunCommand implements Callable<Integer> {
  private final Main.Context context;

  @Option(
      names = "--chunks",
      paramLabel = "N",
      description = "Number of parallel test JVMs (default: $COVRUN_CHUNKS, else 1).")
  String chunks;

  @Option(
      names = "--classpath",
      paramLabel = "PATH|@FILE",
      description =
          "The suite's test classpath, path-separated, or @FILE holding it (e.g. Maven's"
              + " dependency:build-classpath output). The --tests and --classes entries are"
              + " added in front.")
  String classpath;

  @Option(
      names = "--tests",
      paramLabel = "DIR|JAR",
      description = "Where the test classes are; repeatable (default: target/test-classes).")
  List<String> tests;

  @Option(
      names = "--classes",
      paramLabel = "DIR|JAR",
      description = "The classes to report coverage for; repeatable (default: target/classes).")
  List<String> classes;

  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description = "Source directories for the HTML report; repeatable.")
  List<String> sources;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "Test classes to run, as globs over class paths such as '**/*Test' or"
              + " '**/*IT.java'; repeatable (default: **/Test*, **/*Test, **/*Tests,"
              + " **/*TestCase, as Surefire).")
  List<String> include;

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Test classes to skip, same glob syntax; repeatable.")
  List<String> exclude;

  @Option(
      names = "--template-db",
      paramLabel = "FILE|DIR",
      description =
          "A template database (a file such as SQLite, or a directory) copied for every chunk"
              + " before its JVM starts; tests find their copy in COVRUN_DB.")
  String templateDb;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where everything is written (default: target/covrun).")
  String out;

  @Option(
      names = "--java",
      paramLabel = "FILE",
      description = "The java executable for test JVMs (default: $JAVA_HOME/bin/java).")
  String java;

  @Option(
      names = "--jvm-arg",
      paramLabel = "ARG",
      description = "An argument for every test JVM, e.g. --jvm-arg=-Xmx1g; repeatable.")
  List<String> jvmArgs;

  @Option(
      names = "--min",
      paramLabel = "COUNTER=VALUE",
      description =
          "Minimum covered ratio of the whole bundle, e.g. LINE=0.97 or BRANCH=80%; COUNTER is"
              + " INSTRUCTION, LINE, BRANCH, COMPLEXITY, METHOD or CLASS; repeatable. Rounded"
              + " as jacoco:check does.")
  List<String> min;

  @Option(
      names = "--enable-assertions",
      negatable = true,
      description = "Run tests with -ea, as Surefire does (default: on; --no-enable-assertions).")
  Boolean enableAssertions;

  @Option(
      names = "--workdir",
      paramLabel = "DIR",
      description =
          "The project directory: test JVMs run here, covrun.yaml is read from here"
              + " (default: the current directory).")
  String workdir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The config file (default: covrun.yaml in --workdir, if present).")
  String config;

  @Option(
      names = "--progress-interval",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description = "Seconds between progress lines while chunks run (default: 5).")
  long progressSeconds;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  RunCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    RunConfig config = resolve();
    if (progressSeconds < 1) {
      throw CovrunException.badInput(
          "invalid --progress-interval '" + progressSeconds + "': expected at least 1 second");
    }
    return new CoverageRun(config, context.out(), context.err(), progressSeconds).execute().code();
  }

  RunConfig resolve() {
    Path cwd = context.cwd();
    Path dir = workdir == null ? cwd : cwd.resolve(workdir).normalize();
    if (!Files.isDirectory(dir)) {
      throw CovrunException.badInput("working directory not found: " + dir + " (--workdir)");
    }
    Path configFile = configFile(cwd, dir);
    Settings fromFile = configFile == null ? Settings.none() : ConfigFileReader.read(configFile);
    Path fileBase = configFile == null ? dir : configFile.toAbsolutePath().getParent();
    return new SettingsResolver(flags(), cwd, fromFile, fileBase, context.env()).resolve(dir);
  }

  private Path configFile(Path cwd, Path dir) {
    if (config != null) {
      Path given = cwd.resolve(config).normalize();
      if (!Files.exists(given)) {
        throw CovrunException.badInput("config file not found: " + given + " (--config)");
      }
      return given;
    }
    Path implicit = dir.resolve("covrun.yaml");
    return Files.exists(implicit) ? implicit : null;
  }

  private Settings flags() {
    return new Settings(
        chunks, classpath, tests, classes, sources, include, exclude, templateDb, out, java,
        jvmArgs, min, enableAssertions);
  }
}
