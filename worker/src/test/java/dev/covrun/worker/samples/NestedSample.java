package dev.covrun.worker.samples;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A class with a nested class, whose tests run through the outer class. */
public class NestedSample {

  @Test
  void outer() {}

  /** The nested tests. */
  @Nested
  class Inner {

    @Test
    @DisplayName("works\tinside")
    void works() {}
  }
}
