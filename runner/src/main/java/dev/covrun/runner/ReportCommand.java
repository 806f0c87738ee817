package dev.covrun.runner;

import dev.covrun.merger.MergedExec;
import dev.covrun.report.BadReportInputException;
import dev.covrun.report.GateViolation;
import dev.covrun.report.Threshold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covrun report}: reports and the gate from exec files, without running tests. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyses the classes against one or more exec files, writes JaCoCo XML and/or HTML, prints"
          + " the coverage totals, and checks --min (exit 2 when coverage is below)."
    },
    footer = ExitCodes.HELP)
final class ReportCommand implements Callable<Integer> {
  private final Main.Context context;

  @Option(names = "--exec", required = true, paramLabel = "FILE|DIR", description = "Exec files or directories; repeatable.")
  List<String> execs;

  @Option(names = "--classes", required = true, paramLabel = "DIR|JAR", description = "Class files to report on; repeatable.")
  List<String> classes;

  @Option(names = "--sources", paramLabel = "DIR", description = "Source directories for the HTML report; repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--xml", paramLabel = "FILE", description = "Write a JaCoCo XML report here.")
  String xml;

  @Option(names = "--html", paramLabel = "DIR", description = "Write a JaCoCo HTML report here.")
  String html;

  @Option(names = "--min", paramLabel = "COUNTER=VALUE", description = "Minimum covered ratio, e.g. LINE=0.97 or BRANCH=80%; repeatable.")
  List<String> min = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "covrun", description = "The report's title (default: covrun).")
  String name;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  ReportCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    List<Threshold> thresholds = thresholds();
    MergedExec merged = MergeCommand.merge(paths(execs));
    merged.warnings().forEach(w -> context.err().println("covrun: warning: " + w));
    ReportStep.Result result;
    try {
      result = ReportStep.run(merged, paths(classes), paths(sources), targets(), thresholds, name);
    } catch (BadReportInputException e) {
      throw new CovrunException(ExitCode.BAD_INPUT, e.getMessage(), e);
    }
    result.totals().counters().forEach((type, value) ->
        context.out().printf("%-12s %10d %10d %9s%n", type, value.covered(), value.total(),
            ConsoleTable.percent(value.total() == 0 ? null : value.ratio())));
    result.violations().stream().map(GateViolation::message).forEach(context.err()::println);
    return result.violations().isEmpty() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
  }

  private List<Threshold> thresholds() {
    try {
      return min.stream().map(Threshold::parse).toList();
    } catch (IllegalArgumentException e) {
      throw CovrunException.badInput(e.getMessage());
    }
  }

  private ReportStep.Targets targets() {
    return new ReportStep.Targets(
        Optional.ofNullable(xml).map(this::path), Optional.ofNullable(html).map(this::path));
  }

  private List<Path> paths(List<String> values) {
    return values.stream().map(this::path).toList();
  }

  private Path path(String value) {
    return context.cwd().resolve(value).normalize();
  }
}
