/**
 * Reads and writes the timings file (recorded unit durations, JSON via Jackson) that the planner
 * balances chunks with. Imports Jackson and the plan package only.
 */
package dev.covrun.runner.timing;
