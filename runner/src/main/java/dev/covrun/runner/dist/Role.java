package dev.covrun.runner.dist;

import java.util.Locale;

/** Why a worker JVM was started. */
public enum Role {
  /** One of the run's N workers. */
  WORKER,
  /** Started after a worker died, for the units it had not run. */
  REPLACEMENT,
  /** A fresh JVM for one rerun of a failed, crashed or timed-out unit. */
  RERUN;

  /** The word used in the console and summary.json. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
