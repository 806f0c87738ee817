package dev.covrun.runner.dist;

import java.util.Locale;

/** How units reach the worker JVMs: pulled one item at a time, or the plan's fixed chunks. */
public enum Distribution {
  /** Every worker pulls the next item, longest predicted first, until none is left. */
  WORKSTEAL,
  /** Worker i runs chunk i of the plan, as shards must. */
  STATIC;

  /** Parses {@code worksteal} or {@code static}; anything else names the bad value. */
  public static Distribution parse(String text) {
    for (Distribution distribution : values()) {
      if (distribution.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return distribution;
      }
    }
    throw new IllegalArgumentException(
        "invalid --dist '" + text + "': expected worksteal or static");
  }

  /** The option value, e.g. {@code worksteal}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
