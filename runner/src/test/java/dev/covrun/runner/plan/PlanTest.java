package dev.covrun.runner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanTest {
  private static Plan plan(String... firstChunk) {
    return new Plan(
        List.of(new Chunk(1, List.of(firstChunk), 1), new Chunk(2, List.of("b.Test"), 1),
            new Chunk(3, List.of("c.Test"), 1), new Chunk(4, List.of("d.Test"), 1)),
        4, Optional.empty());
  }

  @Test
  void should_fingerprint_the_assignment_of_units_to_chunks() {
    assertEquals(plan("a.Test").fingerprint(), plan("a.Test").fingerprint());
    assertNotEquals(plan("a.Test").fingerprint(), plan("z.Test").fingerprint());
    assertEquals(16, plan("a.Test").fingerprint().length());
  }

  @Test
  void should_give_each_shard_its_consecutive_chunks() {
    Plan plan = plan("a.Test");
    assertEquals(List.of(1, 2), plan.chunksOf(new Shard(1, 2), 2).stream().map(Chunk::number).toList());
    assertEquals(List.of(3, 4), plan.chunksOf(new Shard(2, 2), 2).stream().map(Chunk::number).toList());
    assertEquals(List.of(4), plan.chunksOf(new Shard(4, 4), 1).stream().map(Chunk::number).toList());
  }

  @Test
  void should_parse_shards_and_name_bad_ones() {
    assertEquals(new Shard(2, 4), Shard.parse("2/4"));
    for (String bad : List.of("0/4", "5/4", "2", "a/b", "2/0", "-1/2")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad));
      assertEquals("invalid --shard '" + bad + "': expected I/N with 1 <= I <= N, e.g. 2/4", e.getMessage());
    }
  }
}
