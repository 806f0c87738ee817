/**
 * Merges the JaCoCo execution data files written by the parallel test JVMs into one store.
 *
 * <p>May import the JDK and {@code org.jacoco.core} only; it knows nothing about reports,
 * the runner or the worker.
 */
package dev.covrun.merger;
