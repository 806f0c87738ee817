package dev.covrun.worker.samples;

/** A class without tests. */
public class EmptySample {

  /** Not a test. */
  public void helper() {}
}
