package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChunkProcess;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * covrun's view of one worker JVM: what it was handed, what it is running since when, whether it
 * was told to stop or is being killed. Guarded by the {@link WorkerPool}'s lock, except the
 * session latch.
 */
final class Worker {
  /** Unique in the run: names the JVM's directory, logs, database copy and exec file (COVRUN_WORKER). */
  final int number;
  /** Which of the parallel JVMs this is, shared with the slot's earlier, ended JVMs (COVRUN_CHUNK). */
  final int slot;
  final Role role;
  private final List<String> handedOut = new ArrayList<>();
  private final Deque<String> pending = new ArrayDeque<>();
  private final CountDownLatch sessionEnded = new CountDownLatch(1);
  private ChunkProcess process;
  private String inFlight;
  private long inFlightSince;
  private double predictedSeconds;
  private int items;
  private boolean connected;
  private boolean stopSent;
  private boolean ended;
  private Attempt.Result killedFor;
  private String killReason = "";

  Worker(int number, int slot, Role role) {
    this.number = number;
    this.slot = slot;
    this.role = role;
  }

  void started(ChunkProcess started) {
    process = started;
  }

  Optional<ChunkProcess> process() {
    return Optional.ofNullable(process);
  }

  /** Accepts the connection that says HELLO with this worker's number, once, while it runs. */
  boolean connect() {
    if (connected || ended) {
      return false;
    }
    connected = true;
    return true;
  }

  void take(WorkItem item) {
    items++;
    handedOut.addAll(item.units());
    pending.addAll(item.units());
    predictedSeconds += item.predictedSeconds();
  }

  void stopSent() {
    stopSent = true;
  }

  void unitStarted(String unit, long nanos) {
    pending.remove(unit);
    inFlight = unit;
    inFlightSince = nanos;
  }

  void unitDone(String unit) {
    if (unit.equals(inFlight)) {
      inFlight = null;
    }
  }

  /** Marks the worker as being killed; the first reason wins. Returns false if already marked. */
  boolean markKilled(Attempt.Result result, String reason) {
    if (killedFor != null || ended) {
      return false;
    }
    killedFor = result;
    killReason = reason;
    return true;
  }

  void ended() {
    ended = true;
  }

  void sessionEnded() {
    sessionEnded.countDown();
  }

  /** Waits a little for the connection to drain after the process died (it sees EOF at once). */
  void awaitSession() throws InterruptedException {
    if (connected) {
      sessionEnded.await(10, TimeUnit.SECONDS);
    }
  }

  int items() {
    return items;
  }

  List<String> handedOut() {
    return List.copyOf(handedOut);
  }

  /** Units of the current item not started yet: they go back to the queue if this JVM dies. */
  List<String> pending() {
    return List.copyOf(pending);
  }

  Optional<String> inFlight() {
    return Optional.ofNullable(inFlight);
  }

  long inFlightSince() {
    return inFlightSince;
  }

  double predictedSeconds() {
    return predictedSeconds;
  }

  boolean stopWasSent() {
    return stopSent;
  }

  boolean isEnded() {
    return ended;
  }

  Optional<Attempt.Result> killedFor() {
    return Optional.ofNullable(killedFor);
  }

  String killReason() {
    return killReason;
  }
}
