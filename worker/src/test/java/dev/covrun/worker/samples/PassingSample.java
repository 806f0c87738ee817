package dev.covrun.worker.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Two passing tests. */
@TestMethodOrder(MethodOrderer.MethodName.class)
public class PassingSample {

  @Test
  @DisplayName("adds two numbers")
  void adds() {
    assertEquals(4, 2 + 2);
  }

  @Test
  void multiplies() {
    assertEquals(6, 2 * 3);
  }
}
