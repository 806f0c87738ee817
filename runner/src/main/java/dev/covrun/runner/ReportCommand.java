package dev.covrun.runner;

import dev.covrun.merger.MergedExec;
import dev.covrun.merger.OnBadInput;
import dev.covrun.report.Threshold;
import dev.covrun.runner.config.ReportSettingsResolver;
import dev.covrun.runner.config.Settings;
import dev.covrun.runner.report.ReportFlags;
import dev.covrun.runner.report.ReportRequest;
import dev.covrun.runner.report.ReportSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code covrun report}: reports and the gate from exec files, without running tests. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Merges the exec files in memory, analyses the classes (one thread per core), writes any of"
          + " JaCoCo XML/HTML/CSV, Cobertura, LCOV, a JSON and a Markdown summary, prints the"
          + " totals, and checks the gate: --min, --rule, the --baseline ratchet and --min-patch"
          + " (exit 2 on any violation, every one listed).",
      "Exec data recorded for other builds of the classes (class ids differ) is reported by"
          + " class name; with --strict-ids it is exit 4."
    },
    footer = ExitCodes.HELP)
final class ReportCommand implements Callable<Integer> {
  private final Main.Context context;

  @Spec CommandSpec spec;

  @Option(names = "--exec", required = true, paramLabel = "FILE|DIR", description = "Exec files or directories (a covrun output directory stands for its merged.exec); repeatable.")
  List<String> execs;

  @Option(names = "--classes", required = true, paramLabel = "DIR|JAR", description = "Class files to report on; repeatable.")
  List<String> classes;

  @Option(names = "--sources", paramLabel = "DIR", description = "Source directories, for HTML source pages and Cobertura/LCOV paths; repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(names = "--xml", paramLabel = "FILE", description = "Write a JaCoCo XML report here.")
  String xml;

  @Option(names = "--html", paramLabel = "DIR", description = "Write a JaCoCo HTML report here.")
  String html;

  @Option(names = {"--json", "--json-summary"}, paramLabel = "FILE", description = "Write a JSON summary: totals and per-package counters, sessions and their exec files, gate, ratchet and patch results.")
  String json;

  @Mixin ReportFlags reportFlags;

  @Option(names = "--min", paramLabel = "COUNTER=VALUE", description = "Minimum covered ratio of the whole bundle, e.g. LINE=0.97 or BRANCH=80%%; repeatable.")
  List<String> min = new ArrayList<>();

  @Option(names = "--skip-bad", description = "Leave out truncated, corrupt or incompatible exec files with a warning instead of exit 4; the summaries mark the result partial.")
  boolean skipBad;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "covrun", description = "The report's title (default: covrun).")
  String name;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  ReportCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    ReportSettings settings =
        new ReportSettingsResolver(flags(), context.cwd(), Settings.none(), context.cwd(), context.env())
            .resolve(context.cwd());
    ReportRequest request =
        new ReportRequest(name, paths(classes), paths(sources), optionalPath(xml), optionalPath(html), thresholds(), settings);
    MergedExec merged = MergeCommand.merge(paths(execs), skipBad ? OnBadInput.SKIP : OnBadInput.FAIL);
    merged.warnings().forEach(w -> context.err().println("covrun: warning: " + w));
    ReportStep.Result result = ReportStep.run(merged, request);
    print(result);
    return result.failures().isEmpty() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
  }

  private void print(ReportStep.Result result) {
    result.warnings().forEach(w -> context.err().println("covrun: warning: " + w));
    result.totals().counters().forEach((type, value) ->
        context.out().printf("%-12s %10d %10d %9s%n", type, value.covered(), value.total(),
            ConsoleTable.percent(value.total() == 0 ? null : value.ratio())));
    result.notes().forEach(context.out()::println);
    result.failures().forEach(context.err()::println);
    context.out().flush();
    context.err().flush();
  }

  /** The report and gate options given, keyed like covrun.yaml. */
  private Settings flags() {
    Map<String, Object> values = new TreeMap<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      values.put(option.longestName().replaceFirst("^--", ""), option.getValue());
    }
    return new Settings(values);
  }

  private List<Threshold> thresholds() {
    try {
      return min.stream().map(Threshold::parse).toList();
    } catch (IllegalArgumentException e) {
      throw CovrunException.badInput(e.getMessage());
    }
  }

  private Optional<Path> optionalPath(String value) {
    return Optional.ofNullable(value).map(this::path);
  }

  private List<Path> paths(List<String> values) {
    return values.stream().map(this::path).toList();
  }

  private Path path(String value) {
    return context.cwd().resolve(value).normalize();
  }
}
