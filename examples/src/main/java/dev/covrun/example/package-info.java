/**
 * A small order and inventory library: the code under test in covrun's bundled demo.
 *
 * <p>Imports only the JDK ({@code java.sql} for the repository; the driver comes from the caller).
 */
package dev.covrun.example;
