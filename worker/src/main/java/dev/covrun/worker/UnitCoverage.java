package dev.covrun.worker;

/** What the worker does with coverage around each unit; nothing when there is no agent or exec file. */
interface UnitCoverage extends AutoCloseable {
  /** No agent or no {@code --exec}: the agent (if any) writes its data itself. */
  UnitCoverage NONE = new UnitCoverage() {};

  /** A unit is about to start: later data belongs to it. */
  default void unitStarting(String unit) {}

  /** The unit ended: its data must be on disk when this returns. */
  default void unitFinished() throws WorkerException {}

  /** The worker ends normally. */
  @Override
  default void close() throws WorkerException {}
}
