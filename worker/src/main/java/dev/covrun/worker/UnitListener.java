package dev.covrun.worker;

import dev.covrun.worker.TestEvent.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts one unit's outcomes and writes a TEST event per test and per container that did not
 * succeed; a skipped or aborted container counts once because JUnit never reports its children.
 */
final class UnitListener implements TestExecutionListener {
  private final Unit unit;
  private final EventsFile events;
  private final Set<String> enginesWithResults = new HashSet<>();
  private TestPlan plan;
  private int tests;
  private int failed;
  private int skipped;

  UnitListener(Unit unit, EventsFile events) {
    this.unit = unit;
    this.events = events;
  }

  @Override
  public synchronized void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    for (TestIdentifier root : testPlan.getRoots()) {
      if (!testPlan.getChildren(root).isEmpty()) {
        enginesWithResults.add(engineId(root));
      }
    }
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    if (!isEngine(id)) {
      skipped++;
      record(id, Status.SKIPPED, reason);
    }
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Status status = Status.valueOf(result.getStatus().name());
    String message = result.getThrowable().map(unit::failureMessage).orElse("");
    if (id.isTest()) {
      tests++;
      count(status);
      record(id, status, message);
    } else if (status != Status.SUCCESSFUL) {
      count(status);
      record(id, status, message);
      enginesWithResults.add(engineId(id));
    }
  }

  /** Records a launcher execution that threw instead of reporting, as one failed container. */
  synchronized void unitAborted(RuntimeException error) {
    failed++;
    events.testFinished(
        new TestEvent(Status.FAILED, unit.name(), unit.name(), unit.abortMessage(error)));
  }

  synchronized UnitResult result(long millis) {
    return new UnitResult(unit.name(), millis, tests, failed, skipped);
  }

  /** Engines whose JUnit XML report says something: they had tests or failed outright. */
  synchronized Set<String> enginesWithResults() {
    return Set.copyOf(enginesWithResults);
  }

  private void count(Status status) {
    if (status == Status.FAILED) {
      failed++;
    } else if (status == Status.ABORTED) {
      skipped++;
    }
  }

  private void record(TestIdentifier id, Status status, String message) {
    events.testFinished(new TestEvent(status, unit.name(), displayPath(id), message));
  }

  private String displayPath(TestIdentifier id) {
    List<String> names = namesBelowEngine(id);
    return names.isEmpty() ? id.getDisplayName() : String.join(" > ", names);
  }

  /** The display names from below the engine down to the test with this unique id, if known. */
  synchronized Optional<List<String>> namesOf(String uniqueId) {
    if (plan == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(namesBelowEngine(plan.getTestIdentifier(uniqueId)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private List<String> namesBelowEngine(TestIdentifier id) {
    List<String> names = new ArrayList<>();
    for (Optional<TestIdentifier> node = Optional.of(id);
        node.isPresent() && !isEngine(node.get());
        node = plan.getParent(node.get())) {
      names.add(0, node.get().getDisplayName());
    }
    return names;
  }

  private static boolean isEngine(TestIdentifier id) {
    return id.getParentIdObject().isEmpty();
  }

  private static String engineId(TestIdentifier id) {
    return id.getUniqueIdObject().getEngineId().orElse("unknown");
  }
}
