/**
 * Runs one chunk of test units inside a test JVM and records their outcomes in an events file and
 * JUnit XML reports.
 *
 * <p>This code runs on the user's test classpath, so it may import only the JDK and the JUnit
 * Platform ({@code org.junit.platform.launcher}, {@code .engine}, {@code .commons} and {@code
 * .reporting}); any other dependency could clash with the user's own jars.
 */
package dev.covrun.worker;
