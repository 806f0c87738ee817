/**
 * Pure, deterministic splitting of units into chunks. JDK only.
 */
package dev.covrun.runner.plan;
