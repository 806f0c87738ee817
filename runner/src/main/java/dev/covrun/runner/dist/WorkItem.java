package dev.covrun.runner.dist;

import java.util.List;

/** What one worker runs in one go: a unit, or a group's units in order, and their predicted time. */
public record WorkItem(List<String> units, double predictedSeconds) {
  public WorkItem {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("a work item needs at least one unit");
    }
    units = List.copyOf(units);
  }
}
