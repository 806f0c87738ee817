package dev.covrun.runner.chunk;

/** One failed test or container, with the first line of its message. */
public record TestFailure(String unit, String test, String message) {}
