/**
 * Finds test classes in directories and jars with Surefire-style globs; reads class headers with ASM. No processes.
 */
package dev.covrun.runner.discovery;
