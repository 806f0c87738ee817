package dev.covrun.runner.chunk;

import dev.covrun.runner.db.ChunkDatabase;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jacoco.core.runtime.AgentOptions;

/** The one place that builds a chunk's test JVM command line; pure, so it is unit-tested. */
public final class ChildJvmFactory {
  /** The worker's entry point, run on the user's test classpath. */
  public static final String WORKER_MAIN = "dev.covrun.worker.WorkerMain";

  private final Settings settings;

  /** What is the same for every chunk of a run. */
  public record Settings(
      Path java,
      Path workdir,
      List<String> userJvmArgs,
      boolean enableAssertions,
      List<Path> testClasspath,
      List<Path> platformJars,
      Path workerJar,
      Path agentJar,
      String agentIncludes,
      RunLayout layout,
      List<String> workerOptions) {

    public Settings {
      workerOptions = List.copyOf(workerOptions);
    }

    /** Settings whose worker gets no options beyond its units, events and reports. */
    public Settings(
        Path java,
        Path workdir,
        List<String> userJvmArgs,
        boolean enableAssertions,
        List<Path> testClasspath,
        List<Path> platformJars,
        Path workerJar,
        Path agentJar,
        String agentIncludes,
        RunLayout layout) {
      this(java, workdir, userJvmArgs, enableAssertions, testClasspath, platformJars, workerJar,
          agentJar, agentIncludes, layout, List.of());
    }
  }

  public ChildJvmFactory(Settings settings) {
    this.settings = settings;
  }

  /**
   * The JVM of one worker, given its own database (or {@link ChunkDatabase#NONE}) and the
   * {@code HOST:PORT} where covrun hands out its units. {@code worker} is unique in the run and
   * names the JVM's directory, logs and exec file; {@code chunk} (1 to the chunk count) is the
   * place among the parallel JVMs that it takes, which a replacement or rerun JVM shares with
   * JVMs that ended before it started.
   */
  public ChildJvm forWorker(int worker, int chunk, ChunkDatabase database, String covrunAddress) {
    RunLayout layout = settings.layout();
    List<String> args = new ArrayList<>();
    if (settings.enableAssertions()) {
      args.add("-ea");
    }
    args.addAll(settings.userJvmArgs());
    args.add(agentArgument(worker));
    args.add("-Djava.io.tmpdir=" + layout.chunkTmp(worker));
    covrunProperties(worker, chunk, database).forEach((key, value) -> args.add("-D" + key + "=" + value));
    args.add("-cp");
    args.add(classpath());
    args.add(WORKER_MAIN);
    args.addAll(
        List.of(
            "--connect", covrunAddress,
            "--worker", String.valueOf(worker),
            "--events", layout.chunkEvents(worker).toString(),
            "--reports", layout.chunkJunit(worker).toString(),
            "--exec", layout.chunkExec(worker).toString()));
    args.addAll(settings.workerOptions());
    return new ChildJvm(settings.java(), args, environment(worker, chunk, database), settings.workdir());
  }

  /**
   * The agent writes nothing itself (output=none): the worker appends each unit's data to the
   * worker's exec file as it goes, so nothing is written twice and a crash keeps finished units.
   */
  private String agentArgument(int worker) {
    AgentOptions options = new AgentOptions();
    options.setOutput(AgentOptions.OutputMode.none);
    options.setSessionId("covrun-chunk-" + worker);
    options.setIncludes(settings.agentIncludes());
    options.setJmx(false);
    return options.getVMArgument(settings.agentJar().toFile());
  }

  private Map<String, String> covrunProperties(int worker, int chunk, ChunkDatabase database) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("covrun.chunk", String.valueOf(chunk));
    properties.put("covrun.chunks", String.valueOf(settings.layout().chunkCount()));
    properties.put("covrun.worker", String.valueOf(worker));
    properties.putAll(database.properties());
    properties.put("covrun.tmp", settings.layout().chunkTmp(worker).toString());
    return properties;
  }

  /** COVRUN_* mirrors of the properties, plus secrets such as PGPASSWORD that stay off the @argfile. */
  private Map<String, String> environment(int worker, int chunk, ChunkDatabase database) {
    Map<String, String> env = new LinkedHashMap<>();
    covrunProperties(worker, chunk, database)
        .forEach((key, value) -> env.put(key.toUpperCase().replace('.', '_'), value));
    env.putAll(database.secretEnvironment());
    return env;
  }

  private String classpath() {
    return Stream.of(
            settings.testClasspath().stream(),
            settings.platformJars().stream(),
            Stream.of(settings.workerJar()))
        .flatMap(s -> s)
        .map(Path::toString)
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }
}
