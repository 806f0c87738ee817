package dev.covrun.runner.db;

import java.io.PrintWriter;

/**
 * What opening a template database needs to know about the run: how many chunks this run
 * prepares, the highest chunk number of the plan (clone names must fit), whether to keep
 * PostgreSQL clones, and where to report.
 */
public record DatabaseSetup(int chunks, int highestChunk, boolean keep, PrintWriter out, PrintWriter err) {}
