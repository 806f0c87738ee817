package dev.covrun.worker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The worker's command line: where its units come from (a units file, or covrun over a loopback
 * socket), where to write events, JUnit XML reports and, when given, per-unit coverage; where
 * feature units' files are; and JUnit Platform configuration parameters for every unit.
 */
record WorkerArguments(
    Optional<Path> units,
    Optional<CovrunAddress> connect,
    Path events,
    Path reports,
    Optional<Path> exec,
    Optional<FeatureRoot> features,
    Map<String, String> config) {
  static final String USAGE =
      "usage: WorkerMain (--units FILE | --connect HOST:PORT --worker N) --events FILE --reports DIR"
          + " [--exec FILE] [--features DIR|classpath:PATH] [--config KEY=VALUE]...";
  private static final List<String> FLAGS =
      List.of(
          "--units", "--connect", "--worker", "--events", "--reports", "--exec", "--features", "--config");

  WorkerArguments {
    config = Map.copyOf(config);
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
    Optional<CovrunAddress> connect = connect(values);
    Optional<Path> units = optional(values, "--units");
    if (units.isPresent() == connect.isPresent()) {
      throw bad(units.isPresent() ? "--units and --connect exclude each other" : "missing --units or --connect");
    }
    return new WorkerArguments(
        units,
        connect,
        required(values, "--events"),
        required(values, "--reports"),
        optional(values, "--exec"),
        Optional.ofNullable(values.get("--features")).filter(v -> !v.isBlank()).map(FeatureRoot::parse),
        config);
  }

  private static Optional<CovrunAddress> connect(Map<String, String> values)
      throws WorkerException {
    String address = values.get("--connect");
    String worker = values.get("--worker");
    if (address == null) {
      if (worker != null) {
        throw bad("--worker needs --connect");
      }
      return Optional.empty();
    }
    if (worker == null) {
      throw bad("missing --worker");
    }
    try {
      return Optional.of(CovrunAddress.parse(address, worker));
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private static void addConfig(String keyValue, Map<String, String> config) throws WorkerException {
    int equals = keyValue.indexOf('=');
    if (equals <= 0) {
      throw bad("invalid --config '" + keyValue + "': expected KEY=VALUE");
    }
    config.put(keyValue.substring(0, equals), keyValue.substring(equals + 1));
  }

  private static Path required(Map<String, String> values, String flag) throws WorkerException {
    return optional(values, flag).orElseThrow(() -> bad("missing " + flag));
  }

  private static Optional<Path> optional(Map<String, String> values, String flag) {
    String value = values.get(flag);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  private static WorkerException bad(String problem) {
    return new WorkerException(WorkerExit.BAD_ARGUMENTS, problem + " (" + USAGE + ")");
  }
}
