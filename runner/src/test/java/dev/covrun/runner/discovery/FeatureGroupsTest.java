package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.runner.plan.PlanUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureGroupsTest {
  private final GroupRules rules = GroupRules.parse(List.of("db=**/db/**", "one=checkout.feature"));

  @Test
  void should_name_feature_units_by_their_path_with_the_feature_prefix() {
    assertEquals(
        new PlanUnit("feature:orders/pay.feature", Optional.empty()),
        rules.unitFor(new FeatureFile("orders/pay.feature", Set.of())));
  }

  @Test
  void should_pin_features_whose_path_matches_a_glob() {
    assertEquals(Optional.of("db"), rules.unitFor(new FeatureFile("orders/db/stock.feature", Set.of())).group());
  }

  @Test
  void should_match_a_glob_without_slash_or_star_as_a_path_not_a_class_name() {
    assertEquals(Optional.of("one"), rules.unitFor(new FeatureFile("checkout.feature", Set.of())).group());
  }

  @Test
  void should_prefer_the_feature_tag_over_globs() {
    FeatureFile tagged = new FeatureFile("orders/db/stock.feature", Set.of("wip", "covrun-group:stock"));
    assertEquals(Optional.of("stock"), rules.unitFor(tagged).group());
  }
}
