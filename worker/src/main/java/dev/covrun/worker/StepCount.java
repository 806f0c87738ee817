package dev.covrun.worker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Counts the steps of a feature unit's scenarios. The JUnit Platform reports scenarios as tests but
 * no steps, so the worker adds Cucumber's own {@code message} plugin for the unit (after the
 * user's plugins) and counts the pickle steps of every test case Cucumber ran, as Cucumber's
 * summary does. Hooks are not steps. The NDJSON is scanned as text: no JSON library in the worker.
 */
final class StepCount {
  static final String PLUGIN_KEY = "cucumber.plugin";
  private static final String TEST_CASE = "{\"testCase\":{";
  // Not preceded by a backslash: step arguments inside a test case are escaped JSON strings.
  private static final Pattern PICKLE_STEP = Pattern.compile("(?<!\\\\)\"pickleStepId\":\"");

  private final Path messages;

  private StepCount(Path messages) {
    this.messages = messages;
  }

  /** A fresh message file in the JVM's temp dir (each chunk's own), or empty if none can be made. */
  static Optional<StepCount> create() {
    try {
      return Optional.of(new StepCount(Files.createTempFile("covrun-steps-", ".ndjson")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Adds the message plugin to the request's effective {@code cucumber.plugin} list. */
  void addPluginTo(LauncherDiscoveryRequestBuilder builder, LauncherDiscoveryRequest withoutPlugin) {
    String own = "message:" + messages;
    String plugins =
        withoutPlugin
            .getConfigurationParameters()
            .get(PLUGIN_KEY)
            .filter(existing -> !existing.isBlank())
            .map(existing -> existing + ", " + own)
            .orElse(own);
    builder.configurationParameter(PLUGIN_KEY, plugins);
  }

  /** The steps counted in the message file, which is then deleted; empty if it was not written. */
  Optional<Integer> readAndDelete() {
    try {
      return Files.size(messages) == 0 ? Optional.empty() : Optional.of(count(messages));
    } catch (IOException e) {
      return Optional.empty();
    } finally {
      try {
        Files.deleteIfExists(messages);
      } catch (IOException e) {
        // a leftover file in the chunk's temp dir harms nothing
      }
    }
  }

  static int count(Path ndjson) throws IOException {
    try (Stream<String> lines = Files.lines(ndjson, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.startsWith(TEST_CASE)).mapToInt(StepCount::pickleSteps).sum();
    }
  }

  private static int pickleSteps(String testCaseLine) {
    Matcher matcher = PICKLE_STEP.matcher(testCaseLine);
    int steps = 0;
    while (matcher.find()) {
      steps++;
    }
    return steps;
  }
}
