package dev.covrun.runner.db;

import java.util.Optional;
import java.util.Random;

/**
 * One covrun run's id on a PostgreSQL server: 8 hex digits in clone names, and the key of the
 * advisory lock the run holds while it is alive (so another run can tell its clones are in use).
 */
record RunId(int value) {
  /** Fixed first key of covrun's advisory locks: "covr" in ASCII. */
  static final int LOCK_CLASS = 0x636f7672;

  RunId {
    if (value < 0) {
      throw new IllegalArgumentException("run id must not be negative: " + value);
    }
  }

  /** A random id; non-negative so that pg_locks shows it unchanged as the lock's objid. */
  static RunId random(Random random) {
    return new RunId(random.nextInt() & Integer.MAX_VALUE);
  }

  static Optional<RunId> parse(String hex) {
    if (!hex.matches("[0-7][0-9a-f]{7}")) {
      return Optional.empty();
    }
    return Optional.of(new RunId(Integer.parseInt(hex, 16)));
  }

  String hex() {
    return String.format("%08x", value);
  }

  @Override
  public String toString() {
    return hex();
  }
}
