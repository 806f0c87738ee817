package dev.covrun.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.covrun.runner.PlanStep.Planned;
import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.dist.Distribution;
import dev.covrun.runner.plan.Chunk;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code covrun plan}: the plan a run would execute, without running anything. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints the plan 'covrun run' would execute with the same options: per chunk its units"
          + " (test classes and feature files) and predicted time, and the predicted imbalance (slowest chunk / mean)."
          + " Runs nothing and writes nothing."
    },
    footer = ExitCodes.HELP)
final class PlanCommand extends RunCommand {
  @Option(names = "--json", description = "Print the plan as JSON, for tools.")
  boolean json;

  PlanCommand(Main.Context context) {
    super(context);
  }

  /** The plan as printed with --json. */
  record PlanView(
      String fingerprint, String shard, double predictedImbalance, List<ChunkView> chunks) {}

  /** One chunk of the plan, as printed with --json. */
  record ChunkView(int chunk, double predictedSeconds, List<String> units) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
    RunConfig config = resolve();
    Planned planned = PlanStep.plan(config, json ? quiet : context.out());
    if (json) {
      printJson(planned);
    } else {
      printText(planned);
      if (config.work().distribution() == Distribution.WORKSTEAL) {
        context.out().println(
            "(--dist worksteal hands these units out one at a time, longest predicted first;"
                + " the chunks above are what --dist static runs)");
        context.out().flush();
      }
    }
    return ExitCode.OK.code();
  }

  private void printText(Planned planned) {
    PrintWriter out = context.out();
    for (Chunk chunk : planned.mine()) {
      out.printf("chunk %d  predicted %.1fs  %d units%n", chunk.number(), chunk.predictedSeconds(), chunk.units().size());
      chunk.units().forEach(unit -> out.println("  " + unit));
    }
    out.printf(
        "plan %s  shard %s  predicted imbalance %.2f (slowest chunk / mean)%n",
        planned.plan().fingerprint(), planned.shard(), planned.plan().imbalance());
    out.flush();
  }

  private void printJson(Planned planned) throws Exception {
    List<ChunkView> chunks =
        planned.mine().stream().map(c -> new ChunkView(c.number(), c.predictedSeconds(), c.units())).toList();
    PlanView view =
        new PlanView(planned.plan().fingerprint(), planned.shard().toString(), planned.plan().imbalance(), chunks);
    context.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(view));
    context.out().flush();
  }
}
