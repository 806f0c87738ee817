package dev.covrun.worker.samples;

import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;

/** An engine that fails to load the way an engine built for another platform version does. */
public class LinkageFailingEngine implements TestEngine {

  /** Throws like a missing platform method would. */
  public LinkageFailingEngine() {
    throw new NoSuchMethodError("simulated launcher and engine mismatch");
  }

  @Override
  public String getId() {
    return "linkage-failing";
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void execute(ExecutionRequest request) {
    throw new UnsupportedOperationException();
  }
}
