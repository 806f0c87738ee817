package dev.covrun.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/** Runs each unit in its own launcher execution, so its time includes class set-up and teardown. */
final class UnitExecutor {
  private static final String DRY_RUN = "cucumber.execution.dry-run";
  private final Launcher launcher;
  private final EventsFile events;
  private final Path reportsDir;
  private final ClassLoader loader;
  private final PrintStream err;
  private final Map<String, String> config;
  private final UnitCoverage coverage;
  private boolean cucumberWarm;

  UnitExecutor(
      Launcher launcher, EventsFile events, Path reportsDir, ClassLoader loader, PrintStream err) {
    this(launcher, events, reportsDir, loader, err, Map.of(), UnitCoverage.NONE);
  }

  /**
   * An executor passing the given configuration parameters to every unit's launcher request and
   * telling {@code coverage} where each unit starts and ends.
   */
  UnitExecutor(
      Launcher launcher,
      EventsFile events,
      Path reportsDir,
      ClassLoader loader,
      PrintStream err,
      Map<String, String> config,
      UnitCoverage coverage) {
    this.launcher = launcher;
    this.events = events;
    this.reportsDir = reportsDir;
    this.loader = loader;
    this.err = err;
    this.config = Map.copyOf(config);
    this.coverage = coverage;
  }

  /**
   * Runs an execution with nothing selected, so the engines' one-off start-up cost (about half a
   * second) is not charged to whichever unit happens to run first; unit times feed the planning.
   */
  void warmUp() {
    try {
      launcher.execute(LauncherDiscoveryRequestBuilder.request().build());
    } catch (RuntimeException e) {
      // Whatever broke here breaks the first unit too, which reports it properly.
    }
  }

  /**
   * Also warms Cucumber up when feature units are to run: a dry run of the first feature loads
   * Cucumber's runtime and the glue (2-3 s on a cold JVM), which would otherwise be charged to
   * whichever feature runs first and skew the recorded durations the plan balances with.
   */
  void warmUp(List<Unit> units) {
    warmUp();
    units.stream().filter(FeatureUnit.class::isInstance).filter(u -> u.exists(loader)).findFirst().ifPresent(this::dryRun);
  }

  // With the step-counting plugin too, so its one-off start is not charged either.
  private void dryRun(Unit feature) {
    cucumberWarm = true;
    Optional<StepCount> steps = StepCount.create();
    LauncherDiscoveryRequestBuilder builder =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(feature.selector())
            .configurationParameters(config)
            .configurationParameter(DRY_RUN, "true");
    steps.ifPresent(count -> count.addPluginTo(builder, builder.build()));
    try {
      launcher.execute(builder.build());
    } catch (RuntimeException e) {
      // A broken feature fails again, and is reported, when it runs as a unit.
    }
    steps.ifPresent(StepCount::readAndDelete);
  }

  /**
   * Runs one unit; its coverage is on disk before its UNIT_END event is written. The first feature
   * unit of a JVM that was not warmed up front (units handed out one at a time) gets its dry run
   * first, outside its measured time.
   */
  UnitResult run(Unit unit) throws WorkerException {
    if (unit instanceof FeatureUnit && !cucumberWarm && unit.exists(loader)) {
      dryRun(unit);
    }
    events.unitStarted(unit);
    coverage.unitStarting(unit.name());
    long start = System.nanoTime();
    UnitResult result = unit.exists(loader) ? execute(unit, start) : missing(unit, start);
    coverage.unitFinished();
    events.unitFinished(result);
    events.verify();
    return result;
  }

  private UnitResult execute(Unit unit, long start) throws WorkerException {
    UnitXmlReports reports = UnitXmlReports.create(reportsDir, unit);
    UnitListener listener = new UnitListener(unit, events);
    Optional<StepCount> steps = unit instanceof FeatureUnit ? StepCount.create() : Optional.empty();
    try {
      launcher.execute(request(unit, steps), listener, reports.listener(new PrintWriter(err, true)));
    } catch (RuntimeException e) {
      // Discovery aborted (e.g. a class whose static initializer throws): the unit failed.
      listener.unitAborted(e);
    }
    steps.flatMap(StepCount::readAndDelete).ifPresent(count -> events.stepsCounted(unit, count));
    UnitResult result = listener.result(millisSince(start));
    List<Path> published = reports.publish(listener.enginesWithResults());
    if (unit instanceof FeatureUnit) {
      renameFeatureCases(unit, published, listener);
    }
    if (result.equals(UnitResult.empty(unit.name(), result.millis()))) {
      err.println("covrun-worker: warning: unit " + unit.name() + " yielded no tests");
    }
    return result;
  }

  private void renameFeatureCases(Unit unit, List<Path> published, UnitListener listener) {
    for (Path report : published) {
      try {
        FeatureXmlNames.rewrite(report, unit.name(), listener::namesOf);
      } catch (IOException e) {
        err.println("covrun-worker: warning: " + e.getMessage());
      }
    }
  }

  private UnitResult missing(Unit unit, long start) {
    err.println("covrun-worker: warning: unit " + unit.name() + " " + unit.notFound());
    return UnitResult.empty(unit.name(), millisSince(start));
  }

  private LauncherDiscoveryRequest request(Unit unit, Optional<StepCount> steps) {
    LauncherDiscoveryRequestBuilder builder =
        LauncherDiscoveryRequestBuilder.request().selectors(unit.selector()).configurationParameters(config);
    steps.ifPresent(count -> count.addPluginTo(builder, builder.build()));
    return builder.build();
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
