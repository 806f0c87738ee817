package dev.covrun.runner.dist;

import java.util.Optional;

/** What a worker's connection asks of the pool; called from the connection's own thread. */
interface Dispatch {
  /** The worker that said HELLO with this number, if it is one covrun started and still runs. */
  Optional<Worker> attach(int number);

  /** The next item for this worker, or empty to tell it to stop. */
  Optional<WorkItem> handOut(Worker worker);

  void started(Worker worker, String unit);

  void done(Worker worker, String unit, int tests, int failed);
}
