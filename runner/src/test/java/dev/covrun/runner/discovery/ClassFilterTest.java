package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.config.RunConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassFilterTest {
  private final ClassFilter surefire = ClassFilter.of(RunConfig.DEFAULT_INCLUDES, List.of());

  @Test
  void should_match_surefire_default_includes() {
    assertTrue(surefire.accepts("org/acme/FooTest"));
    assertTrue(surefire.accepts("org/acme/TestFoo"));
    assertTrue(surefire.accepts("org/acme/FooTests"));
    assertTrue(surefire.accepts("org/acme/FooTestCase"));
    assertTrue(surefire.accepts("FooTest"));
    assertFalse(surefire.accepts("org/acme/Foo"));
    assertFalse(surefire.accepts("org/acme/FooIT"));
    assertFalse(surefire.accepts("org/acme/Tester/Foo"));
  }

  @Test
  void should_ignore_java_and_class_suffixes_in_patterns() {
    ClassFilter filter = ClassFilter.of(List.of("**/*Test.java"), List.of("**/Slow*.class"));
    assertTrue(filter.accepts("org/acme/FooTest"));
    assertFalse(filter.accepts("org/acme/SlowTest"));
  }

  @Test
  void should_exclude_by_directory_glob() {
    ClassFilter filter = ClassFilter.of(RunConfig.DEFAULT_INCLUDES, List.of("**/failing/**"));
    assertFalse(filter.accepts("dev/covrun/fixture/failing/AlwaysFailsTest"));
    assertTrue(filter.accepts("dev/covrun/fixture/CalculatorTest"));
  }

  @Test
  void should_keep_single_star_within_one_directory() {
    ClassFilter filter = ClassFilter.of(List.of("org/*Test"), List.of());
    assertTrue(filter.accepts("org/FooTest"));
    assertFalse(filter.accepts("org/acme/FooTest"));
  }

  @Test
  void should_accept_dotted_class_names() {
    ClassFilter filter = ClassFilter.of(List.of("org.acme.FooTest"), List.of());
    assertTrue(filter.accepts("org/acme/FooTest"));
    assertFalse(filter.accepts("org/acme/BarTest"));
  }
}
