/**
 * Hands units to worker JVMs over a loopback socket (worksteal: longest predicted first to
 * whichever worker asks; static: the plan's chunks), starts a fresh JVM when one dies, kills JVMs
 * that exceed --unit-timeout or --timeout (thread dump first, child processes too), reruns failed
 * units in fresh JVMs, stops everything on Ctrl-C or SIGTERM, and judges every unit.
 *
 * <p>May import the JDK, Commons Exec (through dev.covrun.runner.chunk), the worker's protocol
 * constants, and the runner's chunk, config, db and plan packages.
 */
package dev.covrun.runner.dist;
