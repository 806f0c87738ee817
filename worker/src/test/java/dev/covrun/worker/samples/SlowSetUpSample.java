package dev.covrun.worker.samples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A class whose set-up and teardown take time that belongs to the unit's duration. */
public class SlowSetUpSample {
  public static final long SET_UP_MILLIS = 200;
  public static final long TEAR_DOWN_MILLIS = 100;

  @BeforeAll
  static void setUp() throws InterruptedException {
    Thread.sleep(SET_UP_MILLIS);
  }

  @AfterAll
  static void tearDown() throws InterruptedException {
    Thread.sleep(TEAR_DOWN_MILLIS);
  }

  @Test
  void quick() {}
}
