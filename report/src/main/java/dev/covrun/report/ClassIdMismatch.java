package dev.covrun.report;

/**
 * Execution data recorded for a class of the report whose class id differs from the class file's:
 * the data came from other bytes (a stale build, another compiler, or an agent that instrumented
 * the class before JaCoCo), so JaCoCo does not count it.
 */
public record ClassIdMismatch(String className, long dataId, long classId, int hitProbes) {

  /** The class name in Java notation, e.g. {@code org.acme.Order$Line}. */
  public String javaName() {
    return className.replace('/', '.');
  }
}
