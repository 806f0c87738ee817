package dev.covrun.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.platform.launcher.LauncherSession;

/**
 * Entry point of a test JVM: runs units from a units file or from covrun, one launcher execution
 * per unit, dumping the unit's coverage after each one when {@code --exec} is given.
 */
public final class WorkerMain {
  private WorkerMain() {}

  /**
   * Runs the worker and exits with its {@link WorkerExit} code; the only {@code System.exit} but for
   * {@link CovrunLifeline}'s, which ends a worker whose covrun is gone while a unit hangs.
   */
  public static void main(String[] args) {
    System.exit(run(args, System.err, CovrunLifeline::watchParent));
  }

  /** Runs the worker in-process and returns its exit code; covrun's JVM is not watched. */
  public static int run(String[] args, PrintStream err) {
    return run(args, err, notWatched -> {});
  }

  /**
   * Runs the worker; one started by covrun ({@code --connect}) first starts {@code watchCovrun}, so
   * a covrun gone before the watch started is a refused connection instead of a missed end.
   */
  static int run(String[] args, PrintStream err, Consumer<PrintStream> watchCovrun) {
    try {
      WorkerArguments arguments = WorkerArguments.parse(args);
      if (arguments.connect().isPresent()) {
        watchCovrun.accept(err);
      }
      return execute(arguments, err).code();
    } catch (WorkerException e) {
      err.println("covrun-worker: " + e.getMessage());
      return e.exit().code();
    }
  }

  private static WorkerExit execute(WorkerArguments arguments, PrintStream err)
      throws WorkerException {
    ClassLoader loader = classLoader();
    try (UnitSource source = openSource(arguments);
        EventsFile events = EventsFile.open(arguments.events());
        UnitCoverage coverage = CoverageDumps.open(arguments.exec(), CoverageAgent.find(), err);
        LauncherSession session = PlatformLauncher.open(loader)) {
      UnitExecutor executor =
          new UnitExecutor(
              session.getLauncher(), events, arguments.reports(), loader, err, arguments.config(), coverage);
      executor.warmUp();
      return WorkerExit.forResults(runAll(source, executor));
    }
  }

  // The units file is read first, so a bad one is reported before anything is written.
  private static UnitSource openSource(WorkerArguments arguments) throws WorkerException {
    if (arguments.units().isPresent()) {
      UnitsFile file = UnitsFile.open(arguments.units().get(), arguments.features());
      createReportsDir(arguments);
      return file;
    }
    createReportsDir(arguments);
    return CovrunConnection.open(arguments.connect().orElseThrow(), arguments.features());
  }

  private static List<UnitResult> runAll(UnitSource source, UnitExecutor executor)
      throws WorkerException {
    List<UnitResult> results = new ArrayList<>();
    for (Optional<List<Unit>> item = source.next(); item.isPresent(); item = source.next()) {
      for (Unit unit : item.get()) {
        source.started(unit);
        UnitResult result = executor.run(unit);
        results.add(result);
        source.finished(result);
      }
    }
    return results;
  }

  private static void createReportsDir(WorkerArguments arguments) throws WorkerException {
    try {
      Files.createDirectories(arguments.reports());
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS,
          "cannot create reports directory "
              + arguments.reports()
              + ": "
              + FailureMessage.ioReason(e));
    }
  }

  // The launcher finds engines and test classes through the context class loader.
  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : WorkerMain.class.getClassLoader();
  }
}
