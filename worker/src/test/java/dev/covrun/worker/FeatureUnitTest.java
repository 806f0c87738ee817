package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.commons.JUnitException;

class FeatureUnitTest {
  private static final Optional<FeatureRoot> RESOURCES = Optional.of(FeatureRoot.parse("classpath:features/"));

  @TempDir Path dir;

  @Test
  void should_select_a_file_below_a_directory_root() {
    Unit unit = Unit.parse("feature:orders/checkout.feature", Optional.of(FeatureRoot.parse(dir.toString())));

    assertEquals("feature:orders/checkout.feature", unit.name());
    assertEquals(selectFile(dir.resolve("orders/checkout.feature").toString()), unit.selector());
  }

  @Test
  void should_select_a_classpath_resource_below_a_classpath_root() {
    Unit unit = Unit.parse("  feature:orders/checkout.feature ", RESOURCES);

    assertEquals(selectClasspathResource("features/orders/checkout.feature"), unit.selector());
  }

  @Test
  void should_select_resources_at_the_top_of_the_classpath_for_an_empty_classpath_root() {
    Unit unit = Unit.parse("feature:a.feature", Optional.of(FeatureRoot.parse("classpath:")));

    assertEquals(selectClasspathResource("a.feature"), unit.selector());
  }

  @Test
  void should_keep_class_lines_as_class_units_when_features_are_given() {
    assertInstanceOf(ClassUnit.class, Unit.parse("a.FooTest", RESOURCES));
  }

  @Test
  void should_refuse_a_feature_line_without_a_features_root() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Unit.parse("feature:a.feature"));

    assertEquals("unit feature:a.feature needs --features ROOT", error.getMessage());
  }

  @Test
  void should_tell_whether_the_feature_file_exists_in_a_directory() throws IOException {
    Files.createDirectories(dir.resolve("orders"));
    Files.writeString(dir.resolve("orders/checkout.feature"), "Feature: x\n");
    Optional<FeatureRoot> root = Optional.of(FeatureRoot.parse(dir.toString()));

    assertTrue(Unit.parse("feature:orders/checkout.feature", root).exists(loader()));
    assertFalse(Unit.parse("feature:orders/missing.feature", root).exists(loader()));
  }

  @Test
  void should_tell_whether_the_feature_resource_exists_on_the_classpath() {
    Optional<FeatureRoot> root = Optional.of(FeatureRoot.parse("classpath:dev/covrun"));

    assertTrue(Unit.parse("feature:worker/cucumber-7.21.1-messages.ndjson", root).exists(loader()));
    assertFalse(Unit.parse("feature:worker/none.feature", root).exists(loader()));
  }

  @Test
  void should_name_the_failing_step_and_its_line_relative_to_the_root() {
    Unit unit = Unit.parse("feature:orders/checkout.feature", RESOURCES);
    AssertionError failure = failureAt("classpath:features/orders/checkout.feature", "I pay 42 EUR", 12);

    assertEquals(
        "expected 42 but was 41 (step 'I pay 42 EUR' at orders/checkout.feature:12)",
        unit.failureMessage(failure));
  }

  @Test
  void should_keep_the_whole_uri_of_a_step_in_another_file() {
    Unit unit = Unit.parse("feature:orders/checkout.feature", RESOURCES);
    AssertionError failure = failureAt("file:///elsewhere/other.feature", "I pay", 3);

    assertEquals(
        "expected 42 but was 41 (step 'I pay' at file:///elsewhere/other.feature:3)",
        unit.failureMessage(failure));
  }

  @Test
  void should_leave_failures_without_a_step_frame_as_they_are() {
    Unit unit = Unit.parse("feature:orders/checkout.feature", RESOURCES);

    assertEquals("boom", unit.failureMessage(new IllegalStateException("boom")));
  }

  @Test
  void should_name_the_feature_file_that_does_not_parse_and_the_first_problem() {
    Unit unit = Unit.parse("feature:orders/broken.feature", RESOURCES);
    RuntimeException error =
        new JUnitException(
            "TestEngine with ID 'cucumber' failed to discover tests",
            new FeatureParserException(
                "Failed to parse resource at: classpath:features/orders/broken.feature\n"
                    + "(4:3): expected: #EOF, #StepLine, got 'this is not gherkin'\n"
                    + "(5:5): expected: #EOF, #StepLine, got 'Examples here'"));

    assertEquals(
        "feature file orders/broken.feature does not parse:"
            + " (4:3): expected: #EOF, #StepLine, got 'this is not gherkin' (and 1 more)",
        unit.abortMessage(error));
  }

  @Test
  void should_describe_other_discovery_failures_of_a_feature_like_those_of_a_class() {
    Unit unit = Unit.parse("feature:orders/checkout.feature", RESOURCES);
    RuntimeException error = new JUnitException("engine broke", new LinkageError("root"));

    assertEquals("engine broke: java.lang.LinkageError: root", unit.abortMessage(error));
  }

  private static AssertionError failureAt(String uri, String step, int line) {
    AssertionError failure = new AssertionError("expected 42 but was 41");
    failure.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.acme.Steps", "pay", "Steps.java", 30),
          new StackTraceElement("✽", step, uri, line)
        });
    return failure;
  }

  private ClassLoader loader() {
    return getClass().getClassLoader();
  }

  /** Named like Cucumber's, which the worker recognises by its type name. */
  private static final class FeatureParserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FeatureParserException(String message) {
      super(message);
    }
  }
}
