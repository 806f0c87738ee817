/**
 * Analyses class files against merged execution data, writes the JaCoCo XML and HTML reports,
 * summarises counters and enforces the coverage gate.
 *
 * <p>May import the JDK, {@code org.jacoco.core} and {@code org.jacoco.report} only; it does not
 * know the merger, the runner or the worker.
 */
package dev.covrun.report;
