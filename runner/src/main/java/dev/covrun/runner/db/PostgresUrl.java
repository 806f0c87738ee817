package dev.covrun.runner.db;

import dev.covrun.runner.CovrunException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL template given as {@code postgresql://USER@HOST:PORT/TEMPLATE[?PARAMS]}; the user
 * defaults to {@code PGUSER}, else {@code USER}, the port to 5432. It never holds a password.
 */
public record PostgresUrl(String user, String host, int port, String database, String params) {
  private static final String FORM = "postgresql://USER@HOST:PORT/TEMPLATE";
  private static final Pattern ANY_URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://(.*)");
  private static final Pattern PARTS =
      Pattern.compile("(?:([^@/?]*)@)?(\\[[^\\]]*\\]|[^:/?]*)(?::([^/?]*))?(?:/([^?]*))?(?:\\?(.*))?");

  /** Whether the value is meant as a URL (scheme://...) rather than a path. */
  static boolean isUrl(String value) {
    return ANY_URL.matcher(value.trim()).matches();
  }

  /** Parses the URL; every mistake is a one-line exit-4 error that never repeats a password. */
  static PostgresUrl parse(String value, Map<String, String> env) {
    Matcher url = ANY_URL.matcher(value.trim());
    if (!url.matches() || !url.group(1).matches("postgres(ql)?")) {
      throw CovrunException.badInput(
          "unsupported --template-db URL '" + value + "': expected a file, a directory or " + FORM);
    }
    Matcher parts = PARTS.matcher(url.group(2));
    if (!parts.matches()) {
      throw invalid(value, "expected " + FORM);
    }
    String userInfo = parts.group(1);
    if (userInfo != null && userInfo.contains(":")) {
      throw CovrunException.badInput(
          "--template-db must not contain a password: put it in PGPASSWORD or ~/.pgpass");
    }
    String params = parts.group(5) == null ? "" : parts.group(5);
    if (params.matches("(?i)(.*&)?password=.*")) {
      throw CovrunException.badInput(
          "--template-db must not contain a password: put it in PGPASSWORD or ~/.pgpass");
    }
    return new PostgresUrl(
        user(userInfo, env),
        host(parts.group(2), value),
        port(parts.group(3), value),
        database(parts.group(4), value),
        params);
  }

  private static String user(String given, Map<String, String> env) {
    if (given != null && !given.isEmpty()) {
      return given;
    }
    String fallback = env.getOrDefault("PGUSER", env.get("USER"));
    return fallback == null || fallback.isEmpty() ? System.getProperty("user.name") : fallback;
  }

  private static String host(String given, String value) {
    if (given.isEmpty() || given.equals("[]")) {
      throw invalid(value, "no host; expected " + FORM);
    }
    return given.startsWith("[") ? given.substring(1, given.length() - 1) : given;
  }

  private static int port(String given, String value) {
    if (given == null || given.isEmpty()) {
      return 5432;
    }
    try {
      int port = Integer.parseInt(given);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(value, "port '" + given + "' is not a number from 1 to 65535");
  }

  private static String database(String given, String value) {
    if (given == null || given.isEmpty()) {
      throw invalid(value, "no template database name; expected " + FORM);
    }
    if (given.contains("/") || given.contains("\"")) {
      throw invalid(value, "'" + given + "' is not a database name");
    }
    return given;
  }

  private static CovrunException invalid(String value, String reason) {
    return CovrunException.badInput("invalid --template-db '" + value + "': " + reason);
  }

  /** covrun's own connection goes to this database, never to the template it clones. */
  public String maintenanceDatabase() {
    return database.equals("postgres") ? "template1" : "postgres";
  }

  /** A JDBC URL of another database on the same server, without the user. */
  public String jdbcUrl(String otherDatabase) {
    return "jdbc:postgresql://" + hostPort() + "/" + otherDatabase + (params.isEmpty() ? "" : "?" + params);
  }

  /** The JDBC URL a test JVM uses for its clone: with the user, never a password. */
  public String jdbcUrlWithUser(String otherDatabase) {
    String user = "user=" + URLEncoder.encode(this.user, StandardCharsets.UTF_8);
    return "jdbc:postgresql://" + hostPort() + "/" + otherDatabase + "?" + user
        + (params.isEmpty() ? "" : "&" + params);
  }

  /** host:port, with an IPv6 host in brackets. */
  public String hostPort() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public String toString() {
    return "postgresql://" + user + "@" + hostPort() + "/" + database + (params.isEmpty() ? "" : "?" + params);
  }
}
