package dev.covrun.runner.dist;

import dev.covrun.runner.chunk.RunLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** What the worker pool needs besides its launcher: where things are, the limits, where to print. */
record PoolSettings(
    RunLayout layout,
    Path java,
    Optional<Duration> unitTimeout,
    Optional<Duration> runTimeout,
    boolean failFast,
    Duration killGrace,
    PrintWriter out,
    PrintWriter err) {}
