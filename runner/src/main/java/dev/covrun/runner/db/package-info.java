/**
 * Each chunk's own database: copies of a template file or directory, or PostgreSQL clones made
 * with {@code CREATE DATABASE ... TEMPLATE} and dropped again. The seam is {@link
 * dev.covrun.runner.db.TemplateDatabase}; the chunk package only sees {@link
 * dev.covrun.runner.db.ChunkDatabase}. May import the JDK, the PostgreSQL JDBC driver and {@code
 * dev.covrun.runner} (for typed errors); never the chunk package.
 */
package dev.covrun.runner.db;
