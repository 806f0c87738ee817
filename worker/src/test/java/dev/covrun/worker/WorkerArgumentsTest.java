package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerArgumentsTest {
  private static final String[] REQUIRED = {"--units", "u.txt", "--events", "e.tsv", "--reports", "r"};

  @Test
  void should_read_the_features_root_and_repeated_configuration_parameters() throws WorkerException {
    WorkerArguments arguments =
        WorkerArguments.parse(
            with("--features", "classpath:features", "--config", "cucumber.glue=org.acme",
                "--config", "cucumber.filter.tags=not @wip", "--config", "empty="));

    assertEquals(Optional.of(new FeatureRoot.Resources("features")), arguments.features());
    assertEquals(
        Map.of("cucumber.glue", "org.acme", "cucumber.filter.tags", "not @wip", "empty", ""),
        arguments.config());
  }

  @Test
  void should_read_a_directory_features_root() throws WorkerException {
    WorkerArguments arguments = WorkerArguments.parse(with("--features", "/work/features"));

    assertEquals(Optional.of(new FeatureRoot.Directory(Path.of("/work/features"))), arguments.features());
  }

  @Test
  void should_have_no_features_and_no_configuration_by_default() throws WorkerException {
    WorkerArguments arguments = WorkerArguments.parse(REQUIRED);

    assertEquals(Optional.empty(), arguments.features());
    assertEquals(Map.of(), arguments.config());
  }

  @Test
  void should_reject_a_configuration_parameter_without_a_key() {
    WorkerException error =
        assertThrows(WorkerException.class, () -> WorkerArguments.parse(with("--config", "=x")));

    assertEquals(WorkerExit.BAD_ARGUMENTS, error.exit());
    assertEquals(
        "invalid --config '=x': expected KEY=VALUE (" + WorkerArguments.USAGE + ")", error.getMessage());
  }

  private static String[] with(String... extra) {
    String[] args = new String[REQUIRED.length + extra.length];
    System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
    System.arraycopy(extra, 0, args, REQUIRED.length, extra.length);
    return args;
  }
}
