package dev.covrun.worker.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One passing and one failing test whose message has a tab and a second line. */
@TestMethodOrder(MethodOrderer.MethodName.class)
public class FailingSample {

  @Test
  void fails() {
    throw new AssertionError("deliberate\tfailure\nsecond line");
  }

  @Test
  void passes() {
    assertEquals(3, 1 + 2);
  }
}
