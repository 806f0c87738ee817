/**
 * Everything that can fail a report besides a missing input: JaCoCo's rule model (elements,
 * includes/excludes, limits on counters) checked with JaCoCo's own {@code RulesChecker}, the ratchet
 * against a baseline summary, advice for raising minimums, and patch coverage of the changed lines
 * of a unified diff. Pure functions over the analysed bundle; running git is the runner's job.
 *
 * <p>May import the JDK, {@code org.jacoco.core}, {@code org.jacoco.report} and {@code
 * dev.covrun.report}.
 */
package dev.covrun.report.gate;
