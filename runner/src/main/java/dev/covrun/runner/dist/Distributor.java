package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChildJvmFactory;
import dev.covrun.runner.chunk.ProgressMonitor;
import dev.covrun.runner.chunk.RunLayout;
import dev.covrun.runner.config.WorkPolicy;
import dev.covrun.runner.db.TemplateDatabase;
import dev.covrun.runner.plan.Chunk;
import dev.covrun.runner.plan.ChunkPlanner;
import dev.covrun.runner.plan.PlanUnit;
import dev.covrun.runner.plan.Timings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Runs all units over worker JVMs: the first phase hands them out (worksteal: longest predicted
 * first to whichever worker asks; static: chunk i to worker i), then reruns failed, crashed and
 * timed-out units in fresh JVMs as long as the policy allows, and judges every unit.
 */
public final class Distributor {
  private static final Duration KILL_GRACE = Duration.ofSeconds(10);
  private static final long STOP_WAIT_MILLIS = 30_000;

  /** Everything a distributed run needs. */
  public record Request(
      RunLayout layout,
      ChildJvmFactory jvms,
      TemplateDatabase templateDb,
      Path java,
      WorkPolicy policy,
      List<Chunk> chunks,
      List<PlanUnit> units,
      Timings timings,
      PrintWriter out,
      PrintWriter err,
      long progressSeconds) {}

  private Distributor() {}

  public static DistributedRun run(Request request, RunInterruption interruption)
      throws IOException, InterruptedException {
    ToDoubleFunction<String> predicted = ChunkPlanner.predictedSeconds(request.units(), request.timings());
    WorkerLauncher launcher = new WorkerLauncher(request.layout(), request.jvms(), request.templateDb());
    long start = System.nanoTime();
    try (WorkerPool pool = WorkerPool.open(launcher, settings(request), predicted, request.layout().chunkCount() + 1);
        ProgressMonitor monitor = monitor(request, pool)) {
      interruption.whenInterrupted(() -> stopForInterrupt(pool));
      firstPhase(request, pool);
      rerunPhases(request, pool, predicted);
      interruption.whenInterrupted(() -> {});
      return judge(request, pool.result(), (System.nanoTime() - start) / 1e9);
    }
  }

  private static void stopForInterrupt(WorkerPool pool) {
    pool.stop("covrun was interrupted", false);
    try {
      pool.awaitAllEnded(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static PoolSettings settings(Request request) {
    WorkPolicy policy = request.policy();
    return new PoolSettings(
        request.layout(), request.java(), policy.unitTimeout(), policy.runTimeout(), policy.failFast(),
        KILL_GRACE, request.out(), request.err());
  }

  private static ProgressMonitor monitor(Request request, WorkerPool pool) {
    int units = request.chunks().stream().mapToInt(chunk -> chunk.units().size()).sum();
    return ProgressMonitor.start(request.layout(), units, pool::jvms, request.out(), request.progressSeconds());
  }

  private static void firstPhase(Request request, WorkerPool pool) throws IOException, InterruptedException {
    List<Integer> slots = request.chunks().stream().map(Chunk::number).toList();
    // A single JVM has no one to balance with: like a static chunk it runs in name order, as a
    // serial run does (on commons-lang3, the heavy time classes first cost 1.16x serial).
    boolean steal = request.policy().distribution() == Distribution.WORKSTEAL && slots.size() > 1;
    WorkQueue queue = steal ? WorkQueue.shared(longestFirst(request)) : WorkQueue.perSlot(chunkItems(request));
    request.out().printf(
        "[covrun] starting %d test JVMs (--dist %s)%n", slots.size(), request.policy().distribution().label());
    request.out().flush();
    pool.runPhase(queue, slots, false, Role.WORKER, true);
  }

  /** Worksteal's order over several JVMs: longest predicted first, so no long unit starts last. */
  private static List<WorkItem> longestFirst(Request request) {
    return ChunkPlanner.longestFirst(request.units(), request.timings()).stream()
        .map(item -> new WorkItem(item.units(), item.seconds()))
        .toList();
  }

  /** Static: each chunk's units one by one, in plan (name) order, for that chunk's worker only. */
  private static Map<Integer, List<WorkItem>> chunkItems(Request request) {
    ToDoubleFunction<String> predicted = ChunkPlanner.predictedSeconds(request.units(), request.timings());
    Map<Integer, List<WorkItem>> items = new TreeMap<>();
    for (Chunk chunk : request.chunks()) {
      items.put(
          chunk.number(),
          chunk.units().stream().map(u -> new WorkItem(List.of(u), predicted.applyAsDouble(u))).toList());
    }
    return items;
  }

  /**
   * Reruns in rounds, each in fresh JVMs on the first slots of this machine's chunks (1..k, or a
   * shard's own chunks), so a rerun JVM's COVRUN_CHUNK is one of the chunks this run was given.
   */
  private static void rerunPhases(Request request, WorkerPool pool, ToDoubleFunction<String> predicted)
      throws IOException, InterruptedException {
    List<Integer> chunkNumbers = request.chunks().stream().map(Chunk::number).toList();
    for (List<String> due = due(request, pool); !due.isEmpty() && pool.result().stopReason().isEmpty(); due = due(request, pool)) {
      request.out().printf(
          "[covrun] rerunning %d unit%s in fresh JVMs: %s%n", due.size(), due.size() == 1 ? "" : "s", String.join(", ", due));
      request.out().flush();
      List<WorkItem> items = due.stream().map(u -> new WorkItem(List.of(u), predicted.applyAsDouble(u))).toList();
      List<Integer> slots = chunkNumbers.subList(0, Math.min(chunkNumbers.size(), due.size()));
      pool.runPhase(WorkQueue.shared(items), slots, true, Role.RERUN, false);
    }
  }

  private static List<String> due(Request request, WorkerPool pool) {
    return Reruns.due(verdicts(request, pool.result().attempts()), request.policy().rerunFailures());
  }

  /** A verdict for every unit of this machine's chunks (a shard runs only its own). */
  private static Map<String, UnitVerdict> verdicts(Request request, List<Attempt> attempts) {
    Map<String, List<Attempt>> byUnit = new LinkedHashMap<>();
    request.chunks().stream()
        .flatMap(chunk -> chunk.units().stream())
        .sorted()
        .forEach(u -> byUnit.put(u, new ArrayList<>()));
    attempts.forEach(a -> byUnit.computeIfAbsent(a.unit(), u -> new ArrayList<>()).add(a));
    Map<String, UnitVerdict> verdicts = new TreeMap<>();
    byUnit.forEach((unit, list) -> verdicts.put(unit, UnitVerdict.of(unit, list)));
    return verdicts;
  }

  private static DistributedRun judge(Request request, WorkerPool.PoolResult result, double seconds) {
    List<WorkerOutcome> workers = new ArrayList<>(result.outcomes());
    workers.sort(Comparator.comparingInt(WorkerOutcome::number));
    return new DistributedRun(
        workers,
        verdicts(request, result.attempts()),
        result.problems(),
        result.stopReason(),
        result.failFastTriggered(),
        seconds);
  }
}
