package dev.covrun.runner.report;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The report formats and gate options shared by {@code covrun run} and {@code covrun report}, as a
 * picocli mixin; their long names are also the covrun.yaml keys of {@code covrun run}.
 */
public class ReportFlags {

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write JaCoCo's CSV report (one row per class).")
  String csv;

  @Option(
      names = "--cobertura",
      paramLabel = "FILE",
      description = "Also write Cobertura XML (GitLab's merge-request coverage, Codecov); source paths relative to --source-root.")
  String cobertura;

  @Option(
      names = "--lcov",
      paramLabel = "FILE",
      description = "Also write an LCOV tracefile (genhtml, Coveralls, Codecov); source paths relative to --source-root.")
  String lcov;

  @Option(
      names = "--markdown",
      paramLabel = "FILE",
      description = "Also write a Markdown summary; it is appended to $GITHUB_STEP_SUMMARY whenever that is set.")
  String markdown;

  @Option(
      names = "--source-root",
      paramLabel = "DIR",
      description = "What Cobertura and LCOV source paths are relative to, usually the repository root (default: the working directory).")
  String sourceRoot;

  @Option(
      names = "--rule",
      paramLabel = "SPEC",
      description = "A jacoco:check rule, e.g. 'element=PACKAGE,includes=org.acme.*,counter=LINE,value=COVEREDRATIO,minimum=80%%';"
          + " keys element (BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD), includes/excludes (':'-separated globs),"
          + " counter, value (COVEREDRATIO, MISSEDRATIO, COVEREDCOUNT, MISSEDCOUNT, TOTALCOUNT), minimum, maximum;"
          + " repeatable. Violations exit 2, in JaCoCo's wording.")
  List<String> rules;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "A summary.json or --json summary of an earlier run: exit 2 when a counter's coverage dropped by more than --tolerance.")
  String baseline;

  @Option(
      names = "--tolerance",
      paramLabel = "VALUE",
      description = "How far coverage may drop below --baseline, e.g. 0.5%% or 0.005 (default: 0).")
  String tolerance;

  @Option(
      names = "--diff-base",
      paramLabel = "REF",
      description = "Report patch coverage: the lines 'git diff REF' adds or changes in the report's source files.")
  String diffBase;

  @Option(
      names = "--min-patch",
      paramLabel = "COUNTER=VALUE",
      description = "Minimum coverage of the changed lines (with --diff-base), e.g. LINE=80%%; COUNTER is LINE, BRANCH or INSTRUCTION; repeatable.")
  List<String> minPatch;

  @Option(
      names = "--strict-ids",
      description = "Exit 4 when exec data belongs to other builds of the classes in --classes (class ids differ) instead of warning.")
  Boolean strictIds;
}
