package dev.covrun.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `covrun` with no subcommand reads covrun.yaml from the working directory; flags and env win. */
class ConfigFileIT {
  @TempDir Path project;

  private void writeConfig() throws Exception {
    Path fixtures = FixtureSuite.TARGET;
    Files.writeString(
        project.resolve("covrun.yaml"),
        String.join(
            "\n",
            "chunks: 3",
            "classpath: \"@" + fixtures.resolve("cp.txt") + "\"",
            "tests: " + fixtures.resolve("test-classes"),
            "classes: [" + fixtures.resolve("classes") + "]",
            "template-db: " + fixtures.resolve("template.db"),
            "exclude: ['**/failing/**']",
            "out: covrun-out",
            ""));
  }

  private JsonNode summary() throws Exception {
    return new ObjectMapper().readTree(project.resolve("covrun-out/summary.json").toFile());
  }

  @Test
  void should_run_from_covrun_yaml_alone() throws Exception {
    writeConfig();
    FixtureSuite.Result result = FixtureSuite.covrun(project, Map.of(), List.of());
    assertEquals(0, result.exitCode(), result.out() + result.err());
    assertEquals(3, summary().get("chunks").size());
  }

  @Test
  void should_let_covrun_chunks_override_the_file_and_the_flag_override_both() throws Exception {
    writeConfig();
    FixtureSuite.Result fromEnv = FixtureSuite.covrun(project, Map.of("COVRUN_CHUNKS", "2"), List.of());
    assertEquals(0, fromEnv.exitCode(), fromEnv.out() + fromEnv.err());
    assertEquals(2, summary().get("chunks").size());
    FixtureSuite.Result fromFlag =
        FixtureSuite.covrun(project, Map.of("COVRUN_CHUNKS", "2"), List.of("--chunks", "1"));
    assertEquals(0, fromFlag.exitCode(), fromFlag.out() + fromFlag.err());
    assertEquals(1, summary().get("chunks").size());
  }
}
