/**
 * The demo suite's PostgreSQL variant: tests of the demo library's {@code InventoryRepository}
 * that count rows and so fail when two JVMs share one database, and {@link
 * dev.covrun.example.pg.DemoTemplate}, which builds the template. Imports the demo library, JUnit
 * Jupiter and JDBC only.
 */
package dev.covrun.example.pg;
