package dev.covrun.runner;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server named by {@code COVRUN_TEST_PG} ({@code
 * postgresql://USER@HOST:PORT/DB}, password in {@code PGPASSWORD}), as {@code scripts/with-postgres}
 * and {@code .ci/run} provide it, and the templates the integration tests make there.
 */
final class TestPostgres {
  static final String VARIABLE = "COVRUN_TEST_PG";
  private static final Pattern URL = Pattern.compile("postgres(?:ql)?://([^@]+)@([^:/]+):(\\d+)/.*");

  final String user;
  final String host;
  final int port;
  final String password;

  private TestPostgres(String user, String host, int port, String password) {
    this.user = user;
    this.host = host;
    this.port = port;
    this.password = password;
  }

  /** Why the PostgreSQL tests are skipped when no server is configured. */
  static final String SKIPPED =
      VARIABLE + " is not set: skipping the PostgreSQL integration tests"
          + " (run them with: scripts/with-postgres mvn -B verify)";

  /** The configured server; when there is none, says so once on stderr. */
  static Optional<TestPostgres> fromEnvironment() {
    String url = System.getenv(VARIABLE);
    if (url == null || url.isBlank()) {
      System.err.println("[covrun tests] " + SKIPPED);
      return Optional.empty();
    }
    Matcher parts = URL.matcher(url);
    if (!parts.matches()) {
      throw new IllegalArgumentException(VARIABLE + " is not postgresql://USER@HOST:PORT/DB: " + url);
    }
    String password = System.getenv("PGPASSWORD");
    return Optional.of(
        new TestPostgres(
            parts.group(1), parts.group(2), Integer.parseInt(parts.group(3)), password == null ? "" : password));
  }

  /** covrun's --template-db for a database on this server, as this server's user. */
  String templateUrl(String database) {
    return templateUrl(user, database);
  }

  String templateUrl(String asUser, String database) {
    return "postgresql://" + asUser + "@" + host + ":" + port + "/" + database;
  }

  Connection connect(String database, String applicationName) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("ApplicationName", applicationName);
    return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, properties);
  }

  /** A fresh template: {@code items} with 3 rows and an empty {@code seen}; a random name. */
  String createTemplate() throws SQLException {
    byte[] random = new byte[3];
    new SecureRandom().nextBytes(random);
    String name = "covrun_it_" + String.format("%02x%02x%02x", random[0], random[1], random[2]);
    execute("CREATE DATABASE " + name);
    try (Connection db = connect(name, "covrun-it");
        Statement sql = db.createStatement()) {
      sql.executeUpdate("CREATE TABLE items (id SERIAL PRIMARY KEY, name TEXT NOT NULL)");
      sql.executeUpdate("CREATE TABLE seen (chunk TEXT, test TEXT)");
      sql.executeUpdate("INSERT INTO items (name) VALUES ('apple'), ('pear'), ('plum')");
    }
    return name;
  }

  /** The databases whose names start with prefix, sorted. */
  List<String> databasesStartingWith(String prefix) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection db = connect("postgres", "covrun-it");
        PreparedStatement query =
            db.prepareStatement("SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY 1")) {
      query.setString(1, prefix);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  int count(String database, String sql) throws SQLException {
    try (Connection db = connect(database, "covrun-it");
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }

  /** Drops the template and every database named after it. */
  void dropAll(String template) throws SQLException {
    for (String name : databasesStartingWith(template)) {
      execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection db = connect("postgres", "covrun-it");
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }
}
