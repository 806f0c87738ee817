package dev.covrun.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;

/** Entry point of a test JVM: runs the units of one chunk, one launcher execution per unit. */
public final class WorkerMain {
  private WorkerMain() {}

  /** Runs the worker and exits with its {@link WorkerExit} code; the only {@code System.exit}. */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /** Runs the worker in-process and returns its exit code. */
  public static int run(String[] args, PrintStream err) {
    try {
      return execute(WorkerArguments.parse(args), err).code();
    } catch (WorkerException e) {
      err.println("covrun-worker: " + e.getMessage());
      return e.exit().code();
    }
  }

  private static WorkerExit execute(WorkerArguments arguments, PrintStream err)
      throws WorkerException {
    List<Unit> units = UnitsFile.read(arguments.units(), arguments.features());
    createReportsDir(arguments);
    ClassLoader loader = classLoader();
    try (EventsFile events = EventsFile.open(arguments.events());
        LauncherSession session = PlatformLauncher.open(loader)) {
      UnitExecutor executor =
          new UnitExecutor(
              session.getLauncher(), events, arguments.reports(), loader, err, arguments.config());
      executor.warmUp(units);
      List<UnitResult> results = new ArrayList<>();
      for (Unit unit : units) {
        results.add(executor.run(unit));
      }
      return WorkerExit.forResults(results);
    }
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
