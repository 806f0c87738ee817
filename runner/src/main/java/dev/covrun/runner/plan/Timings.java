package dev.covrun.runner.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Recorded unit durations in seconds, sorted by unit name so the file is stable. */
public record Timings(SortedMap<String, Double> seconds) {
  public Timings {
    seconds = new TreeMap<>(seconds);
  }

  public static Timings empty() {
    return new Timings(new TreeMap<>());
  }

  public Optional<Double> of(String unit) {
    return Optional.ofNullable(seconds.get(unit));
  }

  /** New measurements replace old ones; units that no longer exist are dropped. */
  public Timings updatedWith(Map<String, Double> measured, Collection<String> existingUnits) {
    TreeMap<String, Double> updated = new TreeMap<>(seconds);
    updated.putAll(measured);
    updated.keySet().retainAll(existingUnits);
    return new Timings(updated);
  }

  /** Combines the timings of several shards; each measured only its own units. */
  public static Timings merge(List<Timings> parts) {
    TreeMap<String, Double> merged = new TreeMap<>();
    parts.forEach(part -> merged.putAll(part.seconds()));
    return new Timings(merged);
  }

  /** The median of the recorded durations of these units, if any of them has one. */
  public Optional<Double> medianOf(Collection<String> units) {
    List<Double> known = new ArrayList<>();
    units.forEach(unit -> of(unit).ifPresent(known::add));
    if (known.isEmpty()) {
      return Optional.empty();
    }
    known.sort(Double::compare);
    int middle = known.size() / 2;
    return Optional.of(
        known.size() % 2 == 1 ? known.get(middle) : (known.get(middle - 1) + known.get(middle)) / 2);
  }
}
