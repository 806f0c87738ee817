package dev.covrun.worker.samples;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** A disabled class: JUnit reports only the class as skipped, never its tests. */
@Disabled("whole class off")
public class DisabledSample {

  @Test
  void first() {}

  @Test
  void second() {}
}
