package dev.covrun.runner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TimingsTest {
  private final Timings old = new Timings(new TreeMap<>(Map.of("a.Test", 1.0, "b.Test", 2.0, "gone.Test", 9.0)));

  @Test
  void should_replace_measured_units_and_drop_units_that_no_longer_exist() {
    Timings updated = old.updatedWith(Map.of("a.Test", 1.5, "c.Test", 3.0), List.of("a.Test", "b.Test", "c.Test"));
    assertEquals(new TreeMap<>(Map.of("a.Test", 1.5, "b.Test", 2.0, "c.Test", 3.0)), updated.seconds());
  }

  @Test
  void should_merge_the_measurements_of_shards() {
    Timings one = new Timings(new TreeMap<>(Map.of("a.Test", 1.0)));
    Timings two = new Timings(new TreeMap<>(Map.of("b.Test", 2.0)));
    assertEquals(new TreeMap<>(Map.of("a.Test", 1.0, "b.Test", 2.0)), Timings.merge(List.of(one, two)).seconds());
  }

  @Test
  void should_take_the_median_of_known_units_only() {
    assertEquals(Optional.of(1.5), old.medianOf(List.of("a.Test", "b.Test", "unknown.Test")));
    assertEquals(Optional.empty(), old.medianOf(List.of("unknown.Test")));
  }
}
