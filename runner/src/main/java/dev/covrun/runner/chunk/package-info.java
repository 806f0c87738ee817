/**
 * Everything about one chunk's test JVM: output layout, command line, JUnit Platform jar resolution, its own database (from dev.covrun.runner.db), starting it with Commons Exec, reading its events.
 */
package dev.covrun.runner.chunk;
