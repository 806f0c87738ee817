/**
 * Finds test classes in directories and jars with Surefire-style globs (reads class headers with ASM), and Cucumber feature files with their leading tags (a line scan, no Gherkin parser). No processes.
 */
package dev.covrun.runner.discovery;
