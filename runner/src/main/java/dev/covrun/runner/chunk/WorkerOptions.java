package dev.covrun.runner.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worker arguments after its units, events and reports: where feature units' files are
 * ({@code --features}), and configuration parameters for every launcher request ({@code --config
 * KEY=VALUE}). With them a unit's name alone is enough for the worker to build its selector.
 */
public final class WorkerOptions {
  private WorkerOptions() {}

  /** The arguments, configuration parameters in key order. */
  public static List<String> of(Optional<String> featuresArgument, Map<String, String> configuration) {
    List<String> args = new ArrayList<>();
    featuresArgument.ifPresent(root -> args.addAll(List.of("--features", root)));
    configuration.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> args.addAll(List.of("--config", e.getKey() + "=" + e.getValue())));
    return args;
  }
}
