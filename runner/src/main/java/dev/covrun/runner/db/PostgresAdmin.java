package dev.covrun.runner.db;

import dev.covrun.runner.CovrunException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * covrun's own connection to the PostgreSQL server, on the maintenance database (never the
 * template, which must have no other connections to be cloned), and the SQL it runs there.
 */
final class PostgresAdmin implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  private final Connection connection;
  private final PostgresTemplate template;

  private PostgresAdmin(Connection connection, PostgresTemplate template) {
    this.connection = connection;
    this.template = template;
  }

  /** Connects as the template's user; a failure is one line naming the server, never the password. */
  static PostgresAdmin connect(PostgresTemplate template) {
    PostgresUrl url = template.url();
    Properties properties = new Properties();
    properties.setProperty("user", url.user());
    template.password().ifPresent(p -> properties.setProperty("password", p.reveal()));
    properties.setProperty("ApplicationName", "covrun");
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    try {
      Connection connection =
          DriverManager.getConnection(url.jdbcUrl(url.maintenanceDatabase()), properties);
      connection.setAutoCommit(true);
      return new PostgresAdmin(connection, template);
    } catch (SQLException e) {
      throw CovrunException.badInput(
          "cannot connect to PostgreSQL at " + url.hostPort() + " as '" + url.user() + "'"
              + " (database " + url.maintenanceDatabase() + "): " + template.scrub(firstLine(e)));
    }
  }

  /** Everything the pre-flight check needs about the template and the user. */
  TemplateFacts facts() throws SQLException {
    PostgresUrl url = template.url();
    boolean exists = false;
    boolean mayCopy = false;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT datistemplate OR pg_has_role(datdba, 'MEMBER') FROM pg_database WHERE datname = ?")) {
      query.setString(1, url.database());
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          exists = true;
          mayCopy = row.getBoolean(1);
        }
      }
    }
    return new TemplateFacts(
        url.database(), url.user(), url.hostPort(), exists, mayCreateDatabases(), mayCopy,
        exists ? sessionsOn(url.database()) : List.of());
  }

  private boolean mayCreateDatabases() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
      return row.next() && row.getBoolean(1);
    }
  }

  /** The other sessions connected to a database. */
  List<TemplateFacts.Session> sessionsOn(String database) throws SQLException {
    List<TemplateFacts.Session> sessions = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT pid, usename, application_name, host(client_addr) FROM pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_backend_pid() ORDER BY pid")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sessions.add(
              new TemplateFacts.Session(
                  rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
    }
    return sessions;
  }

  /** Takes this run's advisory lock, held until the connection closes; false if another run has it. */
  boolean tryLock(RunId run) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
      lock.setInt(1, RunId.LOCK_CLASS);
      lock.setInt(2, run.value());
      try (ResultSet row = lock.executeQuery()) {
        return row.next() && row.getBoolean(1);
      }
    }
  }

  /** The runs whose covrun still holds its lock, on any database of the server. */
  Set<RunId> liveRuns() throws SQLException {
    Set<RunId> live = new HashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND classid::bigint = ? AND objsubid = 2")) {
      query.setLong(1, RunId.LOCK_CLASS);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          live.add(new RunId((int) rows.getLong(1)));
        }
      }
    }
    return live;
  }

  /** The names of all databases starting with prefix. */
  List<String> databasesStartingWith(String prefix) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname")) {
      query.setString(1, prefix);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  void createClone(String clone) throws SQLException {
    execute("CREATE DATABASE " + quote(clone) + " TEMPLATE " + quote(template.url().database()));
  }

  /** Drops a database, ending its sessions first where the server can (PostgreSQL 13+). */
  void drop(String database) throws SQLException {
    boolean force = connection.getMetaData().getDatabaseMajorVersion() >= 13;
    execute("DROP DATABASE IF EXISTS " + quote(database) + (force ? " WITH (FORCE)" : ""));
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** The driver's message without the hint lines and never with the password. */
  String describe(SQLException e) {
    return template.scrub(firstLine(e));
  }

  private static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }

  /** Closes the connection, which also releases the run's lock. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // the server drops the session, and with it the lock, either way
    }
  }
}
