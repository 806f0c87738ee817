package dev.covrun.worker;

import static dev.covrun.worker.WorkerHarness.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's --config and --features arguments, on a classpath without a Cucumber engine. */
class WorkerConfigTest {
  @TempDir Path dir;
  private WorkerHarness worker;

  @BeforeEach
  void setUp() {
    worker = new WorkerHarness(dir);
  }

  @Test
  void should_pass_configuration_parameters_to_the_engines() throws IOException {
    String unit = sample("DisabledSample");
    Files.writeString(worker.units, unit + "\n");

    int exit =
        run("--config", "junit.jupiter.conditions.deactivate=org.junit.*DisabledCondition");

    assertEquals(0, exit, worker.stderr());
    assertTrue(
        worker.events().get(worker.events().size() - 1).matches("UNIT_END\t" + unit + "\t\\d+\t2\t0\t0"),
        worker.events()::toString);
  }

  @Test
  void should_exit_2_naming_a_feature_unit_when_no_features_root_is_given() throws IOException {
    Files.writeString(worker.units, "feature:orders/checkout.feature\n");

    assertEquals(2, run());

    assertEquals(
        "covrun-worker: bad units file "
            + worker.units
            + ": unit feature:orders/checkout.feature needs --features ROOT",
        worker.stderr().strip());
  }

  @Test
  void should_select_feature_files_below_the_features_root() throws IOException {
    Path features = Files.createDirectories(dir.resolve("features/orders"));
    Files.writeString(features.resolve("checkout.feature"), "Feature: Checkout\n");
    Files.write(worker.units, List.of("feature:orders/checkout.feature", "feature:orders/gone.feature"), StandardCharsets.UTF_8);

    int exit = run("--features", dir.resolve("features").toString());

    // No Cucumber engine here: the file is found but yields no tests; the missing one is named.
    assertEquals(0, exit);
    assertEquals(
        List.of(
            "covrun-worker: warning: unit feature:orders/checkout.feature yielded no tests",
            "covrun-worker: warning: unit feature:orders/gone.feature not found: no feature file"
                + " orders/gone.feature in " + dir.resolve("features")),
        worker.stderr().strip().lines().toList());
    assertTrue(worker.events().stream().noneMatch(line -> line.startsWith("STEPS")), worker.events()::toString);
  }

  private int run(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--units", worker.units.toString(),
                "--events", worker.events.toString(),
                "--reports", worker.reports.toString()));
    args.addAll(List.of(extra));
    return worker.runArgs(args.toArray(String[]::new));
  }
}
