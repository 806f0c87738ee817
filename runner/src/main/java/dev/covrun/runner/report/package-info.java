/**
 * The report step's shell around the report module: the report and gate options shared by
 * {@code covrun run} and {@code covrun report}, git for patch coverage, the baseline and JSON
 * summaries (Jackson), and writing every requested format.
 *
 * <p>May import the JDK, Jackson, picocli, {@code dev.covrun.report*}, {@code dev.covrun.merger}
 * and {@code dev.covrun.runner} (exceptions and exit codes).
 */
package dev.covrun.runner.report;
