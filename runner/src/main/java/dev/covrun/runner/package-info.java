/**
 * The covrun command line and the run pipeline (discover, plan, run chunks, merge, report, gate). May import picocli, Jackson, Commons Exec, JaCoCo and the merger, report and worker modules.
 */
package dev.covrun.runner;
