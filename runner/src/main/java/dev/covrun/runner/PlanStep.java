package dev.covrun.runner;

import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.discovery.ClassFilter;
import dev.covrun.runner.discovery.TestClass;
import dev.covrun.runner.discovery.TestClassScanner;
import dev.covrun.runner.plan.Chunk;
import dev.covrun.runner.plan.ChunkPlanner;
import dev.covrun.runner.plan.Plan;
import dev.covrun.runner.plan.PlanUnit;
import dev.covrun.runner.plan.Shard;
import dev.covrun.runner.plan.Timings;
import dev.covrun.runner.timing.TimingsFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Discovery and planning, shared by {@code covrun run} and {@code covrun plan}. */
final class PlanStep {
  /** The discovered units, the timings used, the whole plan, and this machine's part of it. */
  record Planned(List<PlanUnit> units, Timings timings, Plan plan, Shard shard, List<Chunk> mine) {
    List<String> unitNames() {
      return units.stream().map(PlanUnit::name).toList();
    }
  }

  private PlanStep() {}

  static Planned plan(RunConfig config, PrintWriter out) throws IOException {
    List<PlanUnit> units = discover(config).stream().map(config.groups()::unitFor).toList();
    Timings timings = TimingsFile.read(config.timings());
    Shard shard = config.shard();
    int total = config.chunks() * shard.count();
    Plan plan = ChunkPlanner.plan(units, total, timings);
    plan.notice().ifPresent(notice -> out.println("[covrun] " + notice));
    if (plan.reduced()) {
      out.printf(
          "[covrun] only %d units (test classes or groups) for %d chunks: using %d chunks%n",
          plan.chunks().size(), total, plan.chunks().size());
    }
    List<Chunk> mine = plan.chunksOf(shard, config.chunks());
    out.printf(
        "[covrun] %d test classes in %d chunks%s, predicted imbalance %.2f%n",
        units.size(),
        plan.chunks().size(),
        shard.isWhole() ? "" : " (shard " + shard + " runs " + mine.size() + ")",
        plan.imbalance());
    out.flush();
    return new Planned(units, timings, plan, shard, mine);
  }

  private static List<TestClass> discover(RunConfig config) throws IOException {
    List<TestClass> classes =
        new TestClassScanner(ClassFilter.of(config.include(), config.exclude()))
            .scanClasses(config.tests());
    if (classes.isEmpty()) {
      throw CovrunException.badInput(
          "no test classes found in "
              + config.tests()
              + " matching "
              + config.include()
              + (config.exclude().isEmpty() ? "" : " and not " + config.exclude()));
    }
    return classes;
  }
}
