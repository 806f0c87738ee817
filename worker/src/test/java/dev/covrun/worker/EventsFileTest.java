package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EventsFileTest {

  @Test
  void should_replace_tabs_and_newlines_inside_values_with_spaces() {
    assertEquals(
        "TEST\ta b c d\t\n", EventsFile.line("TEST", "a\tb\nc\r\nd".replace("\r\n", "\r"), ""));
  }

  @Test
  void should_write_null_values_as_empty_fields() {
    assertEquals("TEST\t\tx\n", EventsFile.line("TEST", null, "x"));
  }
}
