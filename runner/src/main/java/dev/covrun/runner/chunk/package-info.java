/**
 * Everything about one chunk's test JVM: output layout, command line, JUnit Platform jar resolution, template DB copies, starting it with Commons Exec, reading its events.
 */
package dev.covrun.runner.chunk;
