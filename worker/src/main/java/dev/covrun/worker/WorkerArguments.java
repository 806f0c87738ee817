package dev.covrun.worker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The worker's command line: where to read units and where to write events and reports; where
 * feature units' files are; and JUnit Platform configuration parameters for every unit.
 */
record WorkerArguments(
    Path units, Path events, Path reports, Optional<FeatureRoot> features, Map<String, String> config) {
  static final String USAGE =
      "usage: WorkerMain --units FILE --events FILE --reports DIR"
          + " [--features DIR|classpath:PATH] [--config KEY=VALUE]...";
  private static final List<String> FLAGS = List.of("--units", "--events", "--reports", "--features", "--config");

  WorkerArguments {
    config = Map.copyOf(config);
  }

  /** The arguments without features or configuration parameters. */
  WorkerArguments(Path units, Path events, Path reports) {
    this(units, events, reports, Optional.empty(), Map.of());
  }

  static WorkerArguments parse(String[] args) throws WorkerException {
    Map<String, String> values = new HashMap<>();
    Map<String, String> config = new TreeMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!FLAGS.contains(args[i])) {
        throw bad("unknown argument " + args[i]);
      }
      if (i + 1 >= args.length) {
        throw bad("missing value for " + args[i]);
      }
      if (args[i].equals("--config")) {
        addConfig(args[i + 1], config);
      } else {
        values.put(args[i], args[i + 1]);
      }
    }
    return new WorkerArguments(
        required(values, "--units"),
        required(values, "--events"),
        required(values, "--reports"),
        Optional.ofNullable(values.get("--features")).filter(v -> !v.isBlank()).map(FeatureRoot::parse),
        config);
  }

  private static void addConfig(String keyValue, Map<String, String> config) throws WorkerException {
    int equals = keyValue.indexOf('=');
    if (equals <= 0) {
      throw bad("invalid --config '" + keyValue + "': expected KEY=VALUE");
    }
    config.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
  }

  private static Path required(Map<String, String> values, String flag) throws WorkerException {
    String value = values.get(flag);
    if (value == null || value.isBlank()) {
      throw bad("missing " + flag);
    }
    return Path.of(value);
  }

  private static WorkerException bad(String problem) {
    return new WorkerException(WorkerExit.BAD_ARGUMENTS, problem + " (" + USAGE + ")");
  }
}
