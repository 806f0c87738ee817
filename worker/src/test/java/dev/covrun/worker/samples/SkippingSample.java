package dev.covrun.worker.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One disabled, one aborted and one passing test. */
@TestMethodOrder(MethodOrderer.MethodName.class)
public class SkippingSample {

  @Test
  void aborts() {
    assumeTrue(false, "not on this machine");
  }

  @Test
  @Disabled("not today")
  void disabled() {}

  @Test
  void passes() {}
}
