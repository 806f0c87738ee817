package dev.covrun.runner.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Balances units over chunks by predicted duration, deterministically: longest processing time
 * first, each item to the least loaded chunk, ties broken by name and then by chunk number. A
 * group is one item whose duration is the sum of its units'; its units run one after another.
 * Each chunk lists its units in name order, the order they run in.
 */
public final class ChunkPlanner {
  private ChunkPlanner() {}

  /** An item to place or hand out: a single unit, or all units of one group in name order. */
  public record Item(String key, List<String> units, double seconds) {}

  /** Plans the units over at most {@code requestedChunks} chunks. */
  public static Plan plan(List<PlanUnit> units, int requestedChunks, Timings timings) {
    if (requestedChunks < 1) {
      throw new IllegalArgumentException("chunks must be at least 1: " + requestedChunks);
    }
    List<String> names = units.stream().map(PlanUnit::name).distinct().sorted().toList();
    Optional<Double> median = timings.medianOf(names);
    Optional<String> notice = notice(names, timings, median);
    List<Item> items = longestFirst(units, timings);
    return new Plan(place(items, Math.max(1, Math.min(requestedChunks, items.size()))), requestedChunks, notice);
  }

  /**
   * The items in the order the plan places them, longest predicted first (ties by name): also the
   * order in which worksteal hands them out.
   */
  public static List<Item> longestFirst(List<PlanUnit> units, Timings timings) {
    List<Item> items = items(units, predictedSeconds(units, timings));
    items.sort(Comparator.comparingDouble(Item::seconds).reversed().thenComparing(Item::key));
    return items;
  }

  /** A unit's predicted seconds: its recorded duration, else the median of the known ones, else 1. */
  public static ToDoubleFunction<String> predictedSeconds(List<PlanUnit> units, Timings timings) {
    Optional<Double> median = timings.medianOf(units.stream().map(PlanUnit::name).distinct().toList());
    return unit -> timings.of(unit).or(() -> median).orElse(1.0);
  }

  private static Optional<String> notice(List<String> names, Timings timings, Optional<Double> median) {
    if (median.isEmpty()) {
      return Optional.of("no recorded durations for these " + names.size() + " units: splitting them evenly by count");
    }
    long unknown = names.stream().filter(n -> timings.of(n).isEmpty()).count();
    return unknown == 0
        ? Optional.empty()
        : Optional.of(unknown + " of " + names.size() + " units have no recorded duration: assuming the median, "
            + String.format("%.2fs", median.get()));
  }

  private static List<Item> items(List<PlanUnit> units, ToDoubleFunction<String> seconds) {
    Map<String, List<String>> groups = new TreeMap<>();
    List<Item> items = new ArrayList<>();
    for (PlanUnit unit : units.stream().distinct().sorted(Comparator.comparing(PlanUnit::name)).toList()) {
      if (unit.group().isPresent()) {
        groups.computeIfAbsent(unit.group().get(), g -> new ArrayList<>()).add(unit.name());
      } else {
        items.add(new Item(unit.name(), List.of(unit.name()), seconds.applyAsDouble(unit.name())));
      }
    }
    groups.forEach(
        (group, members) ->
            items.add(new Item("group " + group, members, members.stream().mapToDouble(seconds).sum())));
    return items;
  }

  /**
   * Places the items longest first, each on the least loaded chunk; each chunk then runs its items
   * in name order (a group at its first member), as one serial JVM would run them. The order inside
   * a chunk does not change its load, but it does change what each unit finds in the JVM: a unit
   * that fills the heap with caches slows every unit after it, and runs cheaper late, once the JIT
   * has compiled the common code (see BENCHMARKS.md).
   */
  private static List<Chunk> place(List<Item> items, int count) {
    List<List<Item>> placed = new ArrayList<>();
    double[] load = new double[count];
    for (int i = 0; i < count; i++) {
      placed.add(new ArrayList<>());
    }
    for (Item item : items) {
      int target = leastLoaded(load);
      placed.get(target).add(item);
      load[target] += item.seconds();
    }
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> units =
          placed.get(i).stream()
              .sorted(Comparator.comparing((Item item) -> item.units().get(0)))
              .flatMap(item -> item.units().stream())
              .toList();
      chunks.add(new Chunk(i + 1, units, load[i]));
    }
    return chunks;
  }

  private static int leastLoaded(double[] load) {
    int best = 0;
    for (int i = 1; i < load.length; i++) {
      if (load[i] < load[best]) {
        best = i;
      }
    }
    return best;
  }
}
