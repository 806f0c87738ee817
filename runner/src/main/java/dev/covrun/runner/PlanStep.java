package dev.covrun.runner;

import dev.covrun.runner.config.RunConfig;
import dev.covrun.runner.discovery.ClassFilter;
import dev.covrun.runner.discovery.FeatureFile;
import dev.covrun.runner.discovery.FeatureLocation;
import dev.covrun.runner.discovery.FeatureScanner;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Discovery and planning, shared by {@code covrun run} and {@code covrun plan}. */
final class PlanStep {
  /** The discovered units, the timings used, the whole plan, and this machine's part of it. */
  record Planned(List<PlanUnit> units, Timings timings, Plan plan, Shard shard, List<Chunk> mine) {
    List<String> unitNames() {
      return units.stream().map(PlanUnit::name).toList();
    }

    /** Whether any unit is a feature file, so the console and summary count scenarios and steps. */
    boolean hasFeatures() {
      return units.stream().anyMatch(u -> u.name().startsWith(FeatureFile.UNIT_PREFIX));
    }
  }

  private PlanStep() {}

  static Planned plan(RunConfig config, PrintWriter out) throws IOException {
    List<FeatureFile> features = discoverFeatures(config);
    List<PlanUnit> units = new ArrayList<>();
    discover(config, !features.isEmpty()).stream().map(config.groups()::unitFor).forEach(units::add);
    features.stream().map(config.groups()::unitFor).forEach(units::add);
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
        "[covrun] %s in %d chunks%s, predicted imbalance %.2f%n",
        describe(units.size() - features.size(), features.size()),
        plan.chunks().size(),
        shard.isWhole() ? "" : " (shard " + shard + " runs " + mine.size() + ")",
        plan.imbalance());
    out.flush();
    return new Planned(List.copyOf(units), timings, plan, shard, mine);
  }

  private static String describe(int classes, int features) {
    String classText = classes + " test classes";
    return features == 0 ? classText : classText + " and " + features + " feature files";
  }

  /** The feature files of --features; a location without any is bad input. */
  private static List<FeatureFile> discoverFeatures(RunConfig config) throws IOException {
    Optional<FeatureLocation> location = config.features();
    if (location.isEmpty()) {
      return List.of();
    }
    List<FeatureFile> features = FeatureScanner.scan(location.get(), config.testClasspath());
    if (features.isEmpty()) {
      throw CovrunException.badInput("no feature files found in " + location.get() + " (--features)");
    }
    return features;
  }

  /** The test classes; none is bad input unless feature files make up the suite. */
  private static List<TestClass> discover(RunConfig config, boolean haveFeatures) throws IOException {
    List<TestClass> classes =
        new TestClassScanner(ClassFilter.of(config.include(), config.exclude()))
            .scanClasses(config.tests());
    if (classes.isEmpty() && !haveFeatures) {
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
