package dev.covrun.worker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The worker's command line: where to read units and where to write events and reports. */
record WorkerArguments(Path units, Path events, Path reports) {
  static final String USAGE = "usage: WorkerMain --units FILE --events FILE --reports DIR";
  private static final List<String> FLAGS = List.of("--units", "--events", "--reports");

  static WorkerArguments parse(String[] args) throws WorkerException {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!FLAGS.contains(args[i])) {
        throw bad("unknown argument " + args[i]);
      }
      if (i + 1 >= args.length) {
        throw bad("missing value for " + args[i]);
      }
      values.put(args[i], args[i + 1]);
    }
    return new WorkerArguments(
        required(values, "--units"), required(values, "--events"), required(values, "--reports"));
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
