package dev.covrun.runner.db;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one PostgreSQL clone, {@code <template>_covrun_<run id>_<chunk>}: a later run finds
 * clones of a dead run by this name, and nothing else has it.
 */
record CloneName(String template, RunId run, int chunk) {
  /** PostgreSQL silently truncates longer names (NAMEDATALEN - 1 bytes). */
  static final int MAX_BYTES = 63;

  private static final String MARK = "_covrun_";

  String name() {
    return prefix(template) + run.hex() + "_" + chunk;
  }

  /** What every clone of this template starts with. */
  static String prefix(String template) {
    return template + MARK;
  }

  /** The clone this database name stands for, if it is a clone of template at all. */
  static Optional<CloneName> parse(String template, String databaseName) {
    if (!databaseName.startsWith(prefix(template))) {
      return Optional.empty();
    }
    Matcher rest = Pattern.compile("([0-9a-f]{8})_([1-9][0-9]{0,5})")
        .matcher(databaseName.substring(prefix(template).length()));
    if (!rest.matches()) {
      return Optional.empty();
    }
    return RunId.parse(rest.group(1))
        .map(run -> new CloneName(template, run, Integer.parseInt(rest.group(2))));
  }

  /** Whether every clone name for this many chunks fits PostgreSQL's name length. */
  static boolean fits(String template, int chunks) {
    String longest = new CloneName(template, new RunId(0), chunks).name();
    return longest.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  @Override
  public String toString() {
    return name();
  }
}
