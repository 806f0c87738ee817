package dev.covrun.runner;

import dev.covrun.runner.config.ConfigFileReader;
import dev.covrun.runner.config.ReportSettingsResolver;
import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.config.Settings;
import dev.covrun.runner.config.SettingsResolver;
import dev.covrun.runner.report.RunReportFlags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code covrun run}: the whole coverage run of a suite in parallel JVMs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Finds the test classes (and --features files), runs them in --chunks parallel JVMs with the"
          + " JaCoCo agent (each its own temp dir and template-DB copy; worksteal hands out one unit"
          + " at a time), merges the coverage (one session per unit), writes OUT/merged.exec,"
          + " OUT/jacoco.xml, OUT/html/, OUT/junit/, OUT/junit.xml and OUT/summary.json, and checks"
          + " --min.",
      "A JVM that dies or hangs loses at most the unit it was running: covrun names it, keeps"
          + " the coverage written so far, goes on in a fresh JVM and retries the unit once.",
      "Every option can also be set in covrun.yaml (keys are the long option names, e.g."
          + " 'template-db: build/template.db'); options given here override the file.",
      "Each test JVM gets the environment variables COVRUN_CHUNK (its chunk, 1 to COVRUN_CHUNKS:"
          + " a JVM started after a crash or for a rerun takes the chunk of one that has ended, so"
          + " no two running JVMs share one), COVRUN_CHUNKS, COVRUN_WORKER (unique in the run: it"
          + " names the JVM's directory OUT/chunks/WORKER and database copy), COVRUN_DB and"
          + " COVRUN_TMP, and the same as system properties covrun.chunk, covrun.chunks,"
          + " covrun.worker, covrun.db and covrun.tmp. With a PostgreSQL --template-db,"
          + " COVRUN_DB_URL (JDBC, with the user), COVRUN_DB_NAME and COVRUN_DB_USER (properties"
          + " covrun.db.url, covrun.db.name, covrun.db.user) replace COVRUN_DB, and PGPASSWORD"
          + " carries the password."
    },
    footer = ExitCodes.HELP)
class RunCommand implements Callable<Integer> {
  /** Options that are not settings, so not keys of covrun.yaml. */
  private static final Set<String> NOT_SETTINGS =
      Set.of("help", "version", "workdir", "config", "progress-interval", "verbose", "json");

  final Main.Context context;

  @Spec CommandSpec spec;

  @Option(
      names = "--chunks",
      paramLabel = "N",
      description = "Number of parallel test JVMs (workers) (default: $COVRUN_CHUNKS, else 1).")
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
      names = "--features",
      paramLabel = "DIR|classpath:PATH",
      description =
          "Cucumber feature files to run next to the test classes: every .feature file below DIR,"
              + " or below the resource folder PATH of the test classpath, is one unit named"
              + " feature:<path below it>. Needs cucumber-junit-platform-engine on --classpath.")
  String features;

  @Option(
      names = "--cucumber-property",
      paramLabel = "KEY=VALUE",
      description =
          "A Cucumber property (JUnit Platform configuration parameter) for every unit, e.g."
              + " cucumber.glue=org.acme.steps or 'cucumber.filter.tags=not @wip'; beats"
              + " junit-platform.properties on the test classpath; repeatable.")
  List<String> cucumberProperties;

  @Option(
      names = "--template-db",
      paramLabel = "FILE|DIR|URL",
      description =
          "A template database copied for every test JVM before it starts: a file (SQLite),"
              + " a directory (H2, Derby; copied recursively), or"
              + " postgresql://USER@HOST:PORT/TEMPLATE, cloned per JVM with CREATE DATABASE"
              + " <template>_covrun_<run>_<worker> TEMPLATE <template> and dropped at the end"
              + " (password from PGPASSWORD or ~/.pgpass).")
  String templateDb;

  @Option(
      names = "--keep-db",
      description =
          "Keep the PostgreSQL clones after the run for debugging and print their names; the"
              + " next covrun run with the same template drops them.")
  Boolean keepDb;

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
          "Minimum covered ratio of the whole bundle, e.g. LINE=0.97 or BRANCH=80%%; COUNTER is"
              + " INSTRUCTION, LINE, BRANCH, COMPLEXITY, METHOD or CLASS; repeatable. Rounded"
              + " as jacoco:check does.")
  List<String> min;

  @Option(
      names = "--enable-assertions",
      negatable = true,
      description = "Run tests with -ea, as Surefire does (default: on; --no-enable-assertions).")
  Boolean enableAssertions;

  @Option(
      names = "--timings",
      paramLabel = "FILE",
      description =
          "The recorded unit durations the plan balances chunks with, updated after every run;"
              + " commit or cache it (default: .covrun/timings.json).")
  String timings;

  @Option(
      names = "--group",
      paramLabel = "NAME=GLOB",
      description =
          "Pins the test classes matching GLOB to one chunk, run one after another (for tests"
              + " sharing global state); repeatable. The JUnit tag covrun-group:NAME does the"
              + " same. GLOB also matches feature paths below --features (e.g."
              + " db=**/db/**), as does the feature tag @covrun-group:NAME.")
  List<String> groups;

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Runs only shard I of N of the plan (N x --chunks chunks in all), for CI matrices;"
              + " merge the shards' output dirs with 'covrun merge'. No report or gate on a shard.")
  String shard;

  @Option(
      names = "--dist",
      paramLabel = "worksteal|static",
      description =
          "How units reach the test JVMs: worksteal (the default on one machine) hands the next"
              + " unit, longest predicted first, to whichever JVM is free; static runs the plan's"
              + " fixed chunks, each in name order, as shards always do. A single JVM"
              + " (--chunks 1) runs in name order, as a serial run does.")
  String dist;

  @Option(
      names = "--unit-timeout",
      paramLabel = "DURATION",
      description =
          "Kills a test JVM whose current unit (test class or group member) runs longer, e.g. 90s"
              + " or 5m: its threads are dumped into its stdout.log first, its child processes die"
              + " with it, and the other units go on in a fresh JVM. The unit gets one retry.")
  String unitTimeout;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description =
          "Stops the whole run after this long, e.g. 30m: every test JVM is killed (threads dumped"
              + " first) and the reports are written from what they recorded; exit 3.")
  String timeout;

  @Option(
      names = "--rerun-failures",
      paramLabel = "K",
      description =
          "Reruns a failed unit in a fresh JVM up to K times; one that passes on a rerun is"
              + " reported as flaky and counts as passed (default: 0). A unit whose JVM died or hung"
              + " is always retried once.")
  String rerunFailures;

  @Option(
      names = "--fail-fast",
      description = "Hands out no more units after the first failure; what ran is still merged and reported.")
  Boolean failFast;

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

  @Mixin RunReportFlags reportFlags;

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
    Settings fromFile =
        configFile == null ? Settings.none() : ConfigFileReader.read(configFile, settingKeys());
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

  /** The options given on the command line, keyed like covrun.yaml. */
  private Settings flags() {
    Map<String, Object> values = new TreeMap<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      String key = key(option);
      if (!NOT_SETTINGS.contains(key)) {
        values.put(key, option.getValue());
      }
    }
    return new Settings(values);
  }

  private Set<String> settingKeys() {
    Set<String> keys = new TreeSet<>();
    spec.options().stream().map(RunCommand::key).filter(k -> !NOT_SETTINGS.contains(k)).forEach(keys::add);
    keys.addAll(ReportSettingsResolver.FILE_ONLY_KEYS);
    return keys;
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^--(\\[no-\\])?", "");
  }
}
