/**
 * Small test classes the worker's own tests run through the worker; Surefire excludes this package.
 *
 * <p>May import only JUnit Jupiter and the JUnit Platform engine API.
 */
package dev.covrun.worker.samples;
