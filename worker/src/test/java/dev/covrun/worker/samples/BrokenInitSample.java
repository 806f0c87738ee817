package dev.covrun.worker.samples;

import org.junit.jupiter.api.Test;

/** A class whose static initializer throws. */
public class BrokenInitSample {
  static final int VALUE = Integer.parseInt("not a number");

  @Test
  void usesValue() {}
}
