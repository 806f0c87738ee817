package dev.covrun.runner;

import dev.covrun.merger.BadExecInputException;
import dev.covrun.merger.ExecMerger;
import dev.covrun.merger.MergedExec;
import dev.covrun.merger.OnBadInput;
import dev.covrun.runner.timing.TimingsFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code covrun merge}: several exec files or directories of them into one exec file. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "Merges JaCoCo exec files (or directories searched for *.exec, e.g. the outputs of several"
          + " covrun runs) into one exec file readable by the JaCoCo CLI and 'covrun report'.",
      "Shard output directories (covrun run --shard I/N) must all be given and come from one"
          + " plan, else exit 3; their timings are merged into timings.json next to --out.",
      "A directory holding a merged.exec (a covrun output or shard directory) contributes that"
          + " file only. Every input is read before anything is written: a truncated or corrupt"
          + " exec file is exit 4 naming the byte where reading stopped, unless --skip-bad."
    },
    footer = ExitCodes.HELP)
final class MergeCommand implements Callable<Integer> {
  private final Main.Context context;

  @Parameters(arity = "1..*", paramLabel = "EXEC|DIR", description = "Exec files or directories.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The merged exec file.")
  String out;

  @Option(
      names = "--skip-bad",
      description = "Leave out truncated, corrupt or incompatible exec files with a warning instead of exit 4; the result is marked partial.")
  boolean skipBad;

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  MergeCommand(Main.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Path target = context.cwd().resolve(out).normalize();
    List<Path> paths = inputs.stream().map(i -> context.cwd().resolve(i).normalize()).toList();
    List<ShardInputs.ShardDir> shards = ShardInputs.find(paths);
    ShardInputs.requireComplete(shards);
    MergedExec merged = merge(paths, skipBad ? OnBadInput.SKIP : OnBadInput.FAIL);
    printWarnings(merged, context.err());
    merged.writeTo(target);
    if (!shards.isEmpty()) {
      Path timings = target.resolveSibling("timings.json");
      TimingsFile.write(timings, ShardInputs.timings(shards));
      context.out().printf("merged the timings of %d shards into %s%n", shards.size(), timings);
    }
    context
        .out()
        .printf(
            "merged %d exec files (%d classes, %d sessions) into %s%s%n",
            merged.files().size() - merged.skipped().size(),
            merged.data().getContents().size(),
            merged.sessions().getInfos().size(),
            target,
            merged.partial() ? " (PARTIAL: " + merged.skipped().size() + " bad files skipped)" : "");
    return ExitCode.OK.code();
  }

  /** Merges inputs; an unreadable input is bad input (exit 4) naming the file. */
  static MergedExec merge(List<Path> inputs) throws java.io.IOException {
    return merge(inputs, OnBadInput.FAIL);
  }

  /** Merges inputs, skipping bad files when asked; other bad input is exit 4 naming the file. */
  static MergedExec merge(List<Path> inputs, OnBadInput onBadInput) throws java.io.IOException {
    try {
      return ExecMerger.merge(inputs, onBadInput);
    } catch (BadExecInputException e) {
      throw new CovrunException(ExitCode.BAD_INPUT, e.getMessage(), e);
    }
  }

  /** Empty files and skipped bad files, one loud line each. */
  static void printWarnings(MergedExec merged, PrintWriter err) {
    merged.warnings().forEach(w -> err.println("covrun: warning: " + w));
    merged.skipped().forEach(s -> err.println("covrun: warning: skipped " + s.message() + " (--skip-bad): the result is PARTIAL"));
    err.flush();
  }
}
