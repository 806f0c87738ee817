package dev.covrun.runner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The covrun command line; {@code covrun} without a subcommand means {@code covrun run}. */
@Command(
    name = "covrun",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Runs a JVM test suite in parallel JVMs with the JaCoCo agent, merges the coverage, writes"
          + " reports and enforces a coverage gate.",
      "Without a subcommand, covrun runs 'covrun run' with the given options."
    },
    subcommands = {RunCommand.class, PlanCommand.class, MergeCommand.class, ReportCommand.class},
    footer = ExitCodes.HELP)
public final class Main {
  private static final Set<String> TOP_LEVEL =
      Set.of("run", "plan", "merge", "report", "help", "-h", "--help", "-V", "--version");

  /** Everything a command needs from its surroundings, so tests can run it in-process. */
  record Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd) {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, System.getenv(), Path.of("").toAbsolutePath(), args));
  }

  /** Runs covrun with the given environment and working directory; returns the exit code. */
  public static int run(
      PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd, String... args) {
    Context context = new Context(out, err, env, cwd);
    CommandLine commandLine = new CommandLine(new Main(), new ContextFactory(context));
    commandLine.setOut(out).setErr(err);
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.setExecutionExceptionHandler(new Failures(err));
    int code = commandLine.execute(withDefaultCommand(args));
    out.flush();
    err.flush();
    return code;
  }

  static String[] withDefaultCommand(String... args) {
    if (args.length > 0 && TOP_LEVEL.contains(args[0])) {
      return args;
    }
    List<String> withRun = new ArrayList<>(List.of("run"));
    withRun.addAll(List.of(args));
    return withRun.toArray(String[]::new);
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("covrun: " + e.getMessage());
    err.println("Try 'covrun " + e.getCommandLine().getCommandName() + " --help' for the options.");
    return ExitCode.BAD_INPUT.code();
  }

  /** Maps typed failures to their exit codes: one line, a stack trace only with --verbose. */
  private record Failures(PrintWriter err) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
      boolean verbose = parseResult.subcommand() != null
          && parseResult.subcommand().hasMatchedOption("--verbose");
      if (e instanceof CovrunException failure) {
        err.println("covrun: " + failure.getMessage());
        if (verbose) {
          failure.printStackTrace(err);
        }
        return failure.exitCode().code();
      }
      err.println("covrun: unexpected error: " + e);
      e.printStackTrace(err);
      return ExitCode.INCOMPLETE.code();
    }
  }

  /** Hands the context to commands that take one. */
  private record ContextFactory(Context context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var constructor : type.getDeclaredConstructors()) {
        if (constructor.getParameterCount() == 1
            && constructor.getParameterTypes()[0] == Context.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** The version from the jar manifest, or "development" in a build tree. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"covrun " + (version == null ? "(development build)" : version)};
    }
  }
}
