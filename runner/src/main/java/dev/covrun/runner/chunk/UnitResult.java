package dev.covrun.runner.chunk;

/** One finished unit as the worker reported it. */
public record UnitResult(String unit, long millis, int tests, int failed, int skipped) {}
