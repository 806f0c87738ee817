/**
 * The report formats JaCoCo does not write itself: Cobertura XML (GitLab, Codecov), LCOV (genhtml,
 * Coveralls, Codecov) and the Markdown summary for pull requests and {@code $GITHUB_STEP_SUMMARY};
 * plus the source paths they need relative to the repository.
 *
 * <p>May import the JDK, {@code org.jacoco.core}, {@code dev.covrun.report} and {@code
 * dev.covrun.report.gate}; no third-party libraries.
 */
package dev.covrun.report.format;
