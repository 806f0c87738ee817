package dev.covrun.runner.plan;

import java.util.Optional;

/** A unit to plan (a test class), and the group that pins it together with others, if any. */
public record PlanUnit(String name, Optional<String> group) {

  /** A unit in no group. */
  public static PlanUnit of(String name) {
    return new PlanUnit(name, Optional.empty());
  }
}
