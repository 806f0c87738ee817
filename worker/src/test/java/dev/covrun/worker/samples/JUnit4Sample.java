package dev.covrun.worker.samples;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** A JUnit 4 class, run through the vintage engine. */
public class JUnit4Sample {

  @Test
  public void passes() {
    assertEquals(4, 2 + 2);
  }

  @Test
  public void fails() {
    assertEquals("vintage failure", 4, 2 + 3);
  }
}
