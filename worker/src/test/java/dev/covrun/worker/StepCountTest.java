package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

class StepCountTest {
  @TempDir Path dir;

  @Test
  void should_count_the_pickle_steps_of_the_test_cases_cucumber_ran_without_hooks() throws Exception {
    // Cucumber 7.21.1's messages for four scenarios of 3, 3, 2 and 2 steps, each with a Before
    // and an After hook; its own summary said "10 Steps (1 failed, 9 passed)".
    assertEquals(10, StepCount.count(resource("cucumber-7.21.1-messages.ndjson")));
  }

  @Test
  void should_not_count_step_arguments_that_look_like_step_ids() throws IOException {
    Path file = dir.resolve("m.ndjson");
    Files.writeString(
        file,
        "{\"pickle\":{\"id\":\"p\",\"steps\":[{\"id\":\"s\",\"pickleStepId\":\"x\"}]}}\n"
            + "{\"testCase\":{\"id\":\"t\",\"testSteps\":[{\"hookId\":\"h\",\"id\":\"1\"},"
            + "{\"id\":\"2\",\"pickleStepId\":\"s\",\"stepMatchArgumentsLists\":[{\"stepMatchArguments\":"
            + "[{\"group\":{\"value\":\"\\\"pickleStepId\\\":\\\"\"}}]}]}]}}\n");

    assertEquals(1, StepCount.count(file));
  }

  @Test
  void should_append_the_message_plugin_to_the_users_plugins() {
    StepCount count = StepCount.create().orElseThrow();
    LauncherDiscoveryRequestBuilder builder = builder().configurationParameter("cucumber.plugin", "pretty");

    count.addPluginTo(builder, builder.build());

    String plugins = builder.build().getConfigurationParameters().get("cucumber.plugin").orElseThrow();
    assertEquals(true, plugins.matches("pretty, message:.*covrun-steps-.*\\.ndjson"), plugins);
    count.readAndDelete();
  }

  @Test
  void should_be_the_only_plugin_when_the_user_has_none_and_delete_its_file() {
    StepCount count = StepCount.create().orElseThrow();
    LauncherDiscoveryRequestBuilder builder = builder();

    count.addPluginTo(builder, builder.build());

    LauncherDiscoveryRequest request = builder.build();
    String plugin = request.getConfigurationParameters().get("cucumber.plugin").orElseThrow();
    Path file = Path.of(plugin.substring("message:".length()));
    assertEquals(true, Files.exists(file));
    assertEquals(Optional.empty(), count.readAndDelete(), "nothing written: no count");
    assertEquals(false, Files.exists(file));
  }

  private static LauncherDiscoveryRequestBuilder builder() {
    return LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectFile("a.feature"));
  }

  private Path resource(String name) throws URISyntaxException {
    return Path.of(getClass().getResource(name).toURI());
  }
}
