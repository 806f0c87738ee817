package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.runner.plan.PlanUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupRulesTest {
  private final GroupRules rules = GroupRules.parse(List.of("db=**/db/**", "slow=**/*SlowTest"));

  @Test
  void should_pin_classes_matching_a_glob() {
    assertEquals(new PlanUnit("org.acme.db.RepoTest", Optional.of("db")), rules.unitFor(new TestClass("org.acme.db.RepoTest", Set.of())));
    assertEquals(Optional.of("slow"), rules.unitFor(new TestClass("org.acme.VerySlowTest", Set.of())).group());
    assertEquals(Optional.empty(), rules.unitFor(new TestClass("org.acme.FastTest", Set.of())).group());
  }

  @Test
  void should_prefer_the_junit_tag_over_globs() {
    TestClass tagged = new TestClass("org.acme.db.RepoTest", Set.of("integration", "covrun-group:cache"));
    assertEquals(Optional.of("cache"), rules.unitFor(tagged).group());
  }

  @Test
  void should_name_a_bad_group_spec() {
    for (String bad : List.of("db", "=**/db/**", "db=")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GroupRules.parse(List.of(bad)));
      assertEquals("invalid --group '" + bad + "': expected NAME=GLOB, e.g. db=**/db/**", e.getMessage());
    }
  }
}
