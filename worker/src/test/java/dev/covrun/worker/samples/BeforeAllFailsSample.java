package dev.covrun.worker.samples;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A class whose set-up throws, so its one test never runs. */
public class BeforeAllFailsSample {

  @BeforeAll
  static void explode() {
    throw new IllegalStateException("set-up exploded");
  }

  @Test
  void neverRuns() {}
}
