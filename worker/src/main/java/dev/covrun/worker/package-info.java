/**
 * Runs test units inside a test JVM, from a units file or handed out one item at a time by covrun
 * over a loopback socket ({@link dev.covrun.worker.WorkProtocol}), and records their outcomes in
 * an events file and JUnit XML reports, and their coverage, one exec session per unit, by calling
 * the JaCoCo agent's runtime through reflection. A unit is a test class, or a Cucumber feature file
 * ({@code feature:PATH}), selected as a file or classpath resource: the worker never imports
 * Cucumber, it builds JUnit Platform selectors and configuration parameters and reads what the
 * engine reports.
 *
 * <p>This code runs on the user's test classpath, so it may import only the JDK and the JUnit
 * Platform ({@code org.junit.platform.launcher}, {@code .engine}, {@code .commons} and {@code
 * .reporting}); any other dependency could clash with the user's own jars.
 */
package dev.covrun.worker;
