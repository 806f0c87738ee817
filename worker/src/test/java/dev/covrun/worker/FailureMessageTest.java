package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailureMessageTest {

  @Test
  void should_keep_only_the_first_line_of_the_message() {
    assertEquals("expected 2", FailureMessage.firstLine(new AssertionError("  expected 2\nbut 3")));
  }

  @Test
  void should_name_type_and_cause_when_there_is_no_message() {
    Throwable error = new ExceptionInInitializerError(new NumberFormatException("bad number"));

    assertEquals(
        "java.lang.ExceptionInInitializerError caused by bad number",
        FailureMessage.firstLine(error));
  }

  @Test
  void should_append_the_root_cause_to_a_wrapping_exception() {
    Throwable error =
        new IllegalStateException(
            "outer", new RuntimeException("middle", new LinkageError("root")));

    assertEquals("outer: java.lang.LinkageError: root", FailureMessage.withRootCause(error));
  }
}
