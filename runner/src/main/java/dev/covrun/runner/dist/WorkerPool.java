package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.ChildJvm;
import dev.covrun.runner.chunk.ChunkProcess;
import dev.covrun.runner.chunk.ProgressMonitor;
import dev.covrun.runner.config.RunDuration;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Runs phases of work over worker JVMs: starts them, answers their requests for work, notices how
 * each one ends, puts back what a dead one did not start and starts a fresh JVM for it, kills JVMs
 * that exceed a time limit, and stops everything on request. One lock guards all of it.
 */
final class WorkerPool implements Dispatch, AutoCloseable {
  private final WorkerLauncher launcher;
  private final PoolSettings settings;
  private final ToDoubleFunction<String> predicted;
  private final WorkerServer server;
  private final Deadlines deadlines;
  private final WorkerKills kills;
  private final Map<Integer, Worker> live = new TreeMap<>();
  private final List<Worker> all = new ArrayList<>();
  private final List<WorkerOutcome> outcomes = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private WorkQueue queue = WorkQueue.shared(List.of());
  private boolean oneItemPerJvm;
  private int nextNumber;
  private boolean anyUnitStarted;
  private boolean failFastTriggered;
  private Optional<String> stopReason = Optional.empty();

  private WorkerPool(
      WorkerLauncher launcher, PoolSettings settings, ToDoubleFunction<String> predicted, int firstNumber)
      throws IOException {
    this.launcher = launcher;
    this.settings = settings;
    this.predicted = predicted;
    this.nextNumber = firstNumber;
    this.kills =
        new WorkerKills(
            new JvmKiller(settings.killGrace()), new ThreadDump(settings.java()), settings.layout(), settings.err());
    this.server = WorkerServer.open(this);
    this.deadlines = Deadlines.start(this, settings.runTimeout());
  }

  /** Opens the loopback server; worker numbers start at {@code firstNumber}. */
  static WorkerPool open(
      WorkerLauncher launcher, PoolSettings settings, ToDoubleFunction<String> predicted, int firstNumber)
      throws IOException {
    return new WorkerPool(launcher, settings, predicted, firstNumber);
  }

  /**
   * Runs one phase: a worker per slot pulls from the queue until it is empty; a dead worker's
   * unstarted units go to a fresh JVM for the same slot. With {@code freshJvmPerItem} every item
   * gets a fresh JVM (reruns). The phase's first workers are numbered after their slots when
   * {@code numberBySlot} (worker i runs chunk i), else take the next free numbers, as every later
   * JVM does. Returns when no worker of the phase is left, so phases never overlap.
   *
   * <p>A slot is the test JVM's {@code COVRUN_CHUNK}, which tests use for per-chunk resources
   * (ports, databases), so no two live JVMs may share one: the slots passed here are distinct, no
   * JVM of an earlier phase is alive, and a slot's next JVM is reserved only once the JVM before
   * it has ended (see {@code record}).
   */
  void runPhase(
      WorkQueue phaseQueue, List<Integer> slots, boolean freshJvmPerItem, Role role, boolean numberBySlot)
      throws IOException, InterruptedException {
    List<Worker> first = new ArrayList<>();
    synchronized (this) {
      queue = phaseQueue;
      oneItemPerJvm = freshJvmPerItem;
      if (stopReason.isPresent()) {
        queue.close();
        return;
      }
      slots.forEach(slot -> first.add(reserve(slot, role, numberBySlot ? slot : nextNumber++)));
    }
    List<ChildJvm> jvms = new ArrayList<>();
    for (Worker worker : first) {
      jvms.add(launcher.prepare(worker.number, worker.slot, server.address()));
    }
    for (int i = 0; i < first.size(); i++) {
      start(first.get(i), jvms.get(i));
    }
    awaitIdle();
  }

  private synchronized void awaitIdle() throws InterruptedException {
    while (!live.isEmpty()) {
      wait();
    }
  }

  private Worker reserve(int slot, Role role, int number) {
    Worker worker = new Worker(number, slot, role);
    live.put(worker.number, worker);
    all.add(worker);
    return worker;
  }

  private void start(Worker worker, ChildJvm jvm) {
    try {
      ChunkProcess process = launcher.start(worker.number, jvm, p -> ended(worker, p));
      boolean killNow;
      synchronized (this) {
        worker.started(process);
        killNow = worker.killedFor().isPresent();
      }
      if (killNow) {
        killLater(worker, false);
      }
    } catch (IOException | RuntimeException e) {
      notStarted(worker, e.getMessage());
    }
  }

  /** Only printed: units it would have run are run by others or reported as not run. */
  private synchronized void notStarted(Worker worker, String why) {
    live.remove(worker.number);
    worker.ended();
    settings.err().println("covrun: cannot start worker " + worker.number + ": " + why);
    notifyAll();
  }

  @Override
  public synchronized Optional<Worker> attach(int number) {
    Worker worker = live.get(number);
    return worker != null && worker.connect() ? Optional.of(worker) : Optional.empty();
  }

  @Override
  public synchronized Optional<WorkItem> handOut(Worker worker) {
    boolean done =
        worker.isEnded() || worker.killedFor().isPresent() || (oneItemPerJvm && worker.items() > 0);
    Optional<WorkItem> item = done ? Optional.empty() : queue.next(worker.slot);
    item.ifPresentOrElse(worker::take, worker::stopSent);
    return item;
  }

  @Override
  public synchronized void started(Worker worker, String unit) {
    worker.unitStarted(unit, System.nanoTime());
    anyUnitStarted = true;
  }

  @Override
  public synchronized void done(Worker worker, String unit, int tests, int failed) {
    worker.unitDone(unit);
    if (failed > 0) {
      failFast(unit + " failed");
    }
  }

  private void failFast(String what) {
    if (settings.failFast() && !failFastTriggered) {
      failFastTriggered = true;
      queue.close();
      settings.out().printf("[covrun] --fail-fast: %s; handing out no more units%n", what);
      settings.out().flush();
    }
  }

  /** Called by Commons Exec's thread when a worker's JVM has ended. */
  private void ended(Worker worker, ChunkProcess process) {
    Optional<Worker> replacement = Optional.empty();
    try {
      worker.awaitSession();
      WorkerEnd.Facts facts = WorkerFacts.read(settings.layout(), worker.number, process);
      synchronized (this) {
        worker.ended();
        replacement = record(worker, WorkerEnd.of(worker, facts));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (this) {
        live.remove(worker.number);
        worker.ended();
        notifyAll();
      }
    }
    replacement.ifPresent(this::startReplacement);
  }

  private void startReplacement(Worker worker) {
    try {
      start(worker, launcher.prepare(worker.number, worker.slot, server.address()));
    } catch (IOException | RuntimeException e) {
      notStarted(worker, e.getMessage());
    }
  }

  /**
   * Records an ended worker and reserves its replacement, if its slot still has work. Called once
   * the worker's process has ended, so the replacement is the slot's only live JVM.
   */
  private Optional<Worker> record(Worker worker, WorkerEnd end) {
    attempts.addAll(end.attempts());
    outcomes.add(end.outcome());
    launcher.writeUnits(worker.number, worker.handedOut());
    if (!end.unstarted().isEmpty()) {
      double seconds = end.unstarted().stream().mapToDouble(predicted).sum();
      queue.putBack(worker.slot, new WorkItem(end.unstarted(), seconds));
    }
    EndMessages.ended(end, worker, settings, problems);
    if (end.outcome().unitInFlight().isPresent() && worker.killedFor().isEmpty()) {
      failFast(end.outcome().unitInFlight().get() + " broke its JVM");
    }
    boolean ranSomething = !end.attempts().isEmpty();
    if (stopReason.isEmpty() && queue.hasWorkFor(worker.slot) && (ranSomething || anyUnitStarted)) {
      Role role = oneItemPerJvm ? Role.RERUN : (end.normal() ? worker.role : Role.REPLACEMENT);
      return Optional.of(reserve(worker.slot, role, nextNumber++));
    }
    return Optional.empty();
  }

  /** Kills the workers whose unit ran past --unit-timeout; called every few hundred ms. */
  void killOverdue(long nowNanos) {
    List<Worker> overdue = new ArrayList<>();
    synchronized (this) {
      if (settings.unitTimeout().isEmpty()) {
        return;
      }
      long limit = settings.unitTimeout().get().toNanos();
      String text = RunDuration.format(settings.unitTimeout().get());
      for (Worker worker : live.values()) {
        boolean late = worker.inFlight().isPresent() && nowNanos - worker.inFlightSince() > limit;
        if (late && worker.markKilled(Attempt.Result.TIMED_OUT, "killed after exceeding --unit-timeout " + text)) {
          overdue.add(worker);
        }
      }
    }
    overdue.forEach(worker -> killLater(worker, true));
  }

  /** Stops handing out work and kills every worker: the run timed out or covrun was interrupted. */
  void stop(String reason, boolean dumpThreads) {
    List<Worker> running = new ArrayList<>();
    synchronized (this) {
      if (stopReason.isPresent()) {
        return;
      }
      stopReason = Optional.of(reason);
      queue.close();
      problems.add(reason + ": stopped all test JVMs");
      for (Worker worker : live.values()) {
        if (worker.markKilled(Attempt.Result.KILLED, "killed: " + reason)) {
          running.add(worker);
        }
      }
    }
    settings.err().println("covrun: " + reason + ": stopping all test JVMs");
    settings.err().flush();
    running.forEach(worker -> killLater(worker, dumpThreads));
  }

  /** Waits until every worker JVM is gone, at most {@code millis}. */
  synchronized boolean awaitAllEnded(long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!live.isEmpty() && System.currentTimeMillis() < deadline) {
      wait(Math.max(1, deadline - System.currentTimeMillis()));
    }
    return live.isEmpty();
  }

  private void killLater(Worker worker, boolean dumpThreads) {
    Optional<ChunkProcess> process;
    String reason;
    Optional<String> unit;
    synchronized (this) {
      process = worker.process();
      reason = worker.killReason();
      unit = worker.inFlight();
    }
    process.ifPresent(p -> kills.later(worker.number, p, unit, reason, dumpThreads));
  }

  synchronized List<ProgressMonitor.Jvm> jvms() {
    return all.stream().map(w -> new ProgressMonitor.Jvm(w.number, w.isEnded())).toList();
  }

  synchronized PoolResult result() {
    return new PoolResult(
        List.copyOf(outcomes), List.copyOf(attempts), List.copyOf(problems), stopReason, failFastTriggered);
  }

  @Override
  public void close() {
    deadlines.close();
    List<Worker> running;
    synchronized (this) {
      running = List.copyOf(live.values());
    }
    running.forEach(worker -> worker.process().ifPresent(kills::now));
    server.close();
  }

  /** Everything the phases produced. */
  record PoolResult(
      List<WorkerOutcome> outcomes,
      List<Attempt> attempts,
      List<String> problems,
      Optional<String> stopReason,
      boolean failFastTriggered) {}
}
