package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureTagsTest {

  @Test
  void should_read_tags_on_lines_above_the_feature_line() {
    String text = "# language: en\n\n@covrun-group:db @slow\n  @wip # not done\nFeature: Stock\n";
    assertEquals(List.of("covrun-group:db", "slow", "wip"), List.copyOf(FeatureTags.leading(text)));
  }

  @Test
  void should_not_read_scenario_tags_as_feature_tags() {
    String text = "Feature: Stock\n  @covrun-group:db\n  Scenario: x\n";
    assertEquals(Set.of(), FeatureTags.leading(text));
  }

  @Test
  void should_skip_a_byte_order_mark_and_windows_line_ends() {
    assertEquals(Set.of("a"), FeatureTags.leading("\uFEFF@a\r\nFeature: x\r\n"));
  }
}
