package dev.covrun.runner.chunk;

import java.nio.file.Path;

/** The one place that knows every path covrun writes under the output directory. */
public record RunLayout(Path out, int chunkCount) {

  public Path chunksDir() {
    return out.resolve("chunks");
  }

  /** Chunk directories are zero-padded to the width of the chunk count so they sort. */
  public Path chunkDir(int chunk) {
    int width = String.valueOf(chunkCount).length();
    return chunksDir().resolve(String.format("%0" + width + "d", chunk));
  }

  public Path chunkExec(int chunk) {
    return chunkDir(chunk).resolve("chunk.exec");
  }

  public Path chunkTmp(int chunk) {
    return chunkDir(chunk).resolve("tmp");
  }

  /** Where this chunk's copy of a file or directory template database goes. */
  public Path chunkDbDir(int chunk) {
    return chunkDir(chunk).resolve("db");
  }

  public Path chunkJunit(int chunk) {
    return chunkDir(chunk).resolve("junit");
  }

  public Path chunkStdout(int chunk) {
    return chunkDir(chunk).resolve("stdout.log");
  }

  public Path chunkStderr(int chunk) {
    return chunkDir(chunk).resolve("stderr.log");
  }

  public Path chunkEvents(int chunk) {
    return chunkDir(chunk).resolve("events.tsv");
  }

  public Path chunkUnits(int chunk) {
    return chunkDir(chunk).resolve("units.txt");
  }

  public Path chunkArgFile(int chunk) {
    return chunkDir(chunk).resolve("jvm.args");
  }

  public Path agentJar() {
    return out.resolve("agent").resolve("jacocoagent.jar");
  }

  public Path mergedExec() {
    return out.resolve("merged.exec");
  }

  /** The run's JUnit XML, one file per unit, for CI test reporters (chunks keep their own). */
  public Path junitDir() {
    return out.resolve("junit");
  }

  public Path jacocoXml() {
    return out.resolve("jacoco.xml");
  }

  public Path htmlDir() {
    return out.resolve("html");
  }

  /** A shard's own measurements, merged by the fan-in job. */
  public Path shardTimings() {
    return out.resolve("timings.json");
  }

  /** Every chunk's JUnit XML in one file. */
  public Path mergedJunitXml() {
    return out.resolve("junit.xml");
  }

  public Path summaryJson() {
    return out.resolve("summary.json");
  }
}
