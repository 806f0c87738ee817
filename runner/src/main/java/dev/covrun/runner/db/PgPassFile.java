package dev.covrun.runner.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks a password up as libpq does: the file {@code PGPASSFILE}, else {@code ~/.pgpass}, with
 * lines {@code host:port:database:user:password}, {@code *} matching anything, {@code \:} and
 * {@code \\} escapes, {@code #} comments, and the first matching line winning.
 */
final class PgPassFile {
  private PgPassFile() {}

  /** The password for this connection from the password file named by env, if any. */
  static Optional<Password> lookup(Map<String, String> env, String host, int port, String db, String user) {
    Path file = location(env);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return match(lines, host, port, db, user).map(Password::new);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static Path location(Map<String, String> env) {
    String given = env.get("PGPASSFILE");
    if (given != null && !given.isEmpty()) {
      return Path.of(given);
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".pgpass");
  }

  /** The password of the first line matching the connection. */
  static Optional<String> match(List<String> lines, String host, int port, String db, String user) {
    List<String> wanted = List.of(host, String.valueOf(port), db, user);
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = fields(line);
      if (fields.size() == 5 && matches(fields, wanted)) {
        return Optional.of(fields.get(4));
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<String> fields, List<String> wanted) {
    for (int i = 0; i < wanted.size(); i++) {
      if (!fields.get(i).equals("*") && !fields.get(i).equals(wanted.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
