/**
 * The run's JUnit XML in OUT/junit/: per unit the report of its deciding attempt, flaky reruns
 * marked Surefire's way ({@code <flakyFailure>} inside the passing testcase), and a synthetic
 * error report for units whose JVM died or hung. JDK XML (DOM) only.
 */
package dev.covrun.runner.junit;
