package dev.covrun.worker;

import org.junit.platform.engine.DiscoverySelector;

/** One line of the units file: something the worker runs in its own launcher execution. */
public sealed interface Unit permits ClassUnit {

  /** Parses one non-blank line of the units file. */
  static Unit parse(String line) {
    return new ClassUnit(line.strip());
  }

  /** The unit as written in the units file and the events file. */
  String name();

  /** What the launcher should discover for this unit. */
  DiscoverySelector selector();

  /** Whether the unit's code exists on the given class path, so the launcher can find it. */
  boolean exists(ClassLoader loader);
}
