package dev.covrun.worker;

import java.util.List;
import java.util.Optional;

/**
 * Where a worker's units come from: a fixed units file, or covrun handing out work one item at a
 * time. An item's units run in order on this worker (a group is one item).
 */
interface UnitSource extends AutoCloseable {

  /** The next item to run, or empty when there is no more work for this worker. */
  Optional<List<Unit>> next() throws WorkerException;

  /** Tells the source a unit is starting, so covrun can name it if this JVM dies or hangs. */
  default void started(Unit unit) {}

  /** Tells the source a unit finished; its coverage and events are already written. */
  default void finished(UnitResult result) {}

  @Override
  default void close() {}
}
