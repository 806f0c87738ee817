package dev.covrun.example.pg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * (Re)creates the demo's PostgreSQL template: {@code products} with the given number of rows.
 * Usage: {@code DemoTemplate postgresql://USER@HOST:PORT/DATABASE [ROWS]}, password in {@code
 * PGPASSWORD}.
 */
public final class DemoTemplate {
  /** Every template row's SKU starts with this; the tests count them as the seed. */
  static final String SKU_PREFIX = "SKU-";

  private static final Pattern URL = Pattern.compile("postgres(?:ql)?://([^@/]+)@([^/]+)/(\\w+)");

  private DemoTemplate() {}

  public static void main(String[] args) throws SQLException {
    Matcher url = args.length >= 1 ? URL.matcher(args[0]) : null;
    if (url == null || !url.matches() || args.length > 2) {
      throw new IllegalArgumentException("usage: DemoTemplate postgresql://USER@HOST:PORT/DATABASE [ROWS]");
    }
    int rows = args.length == 2 ? Integer.parseInt(args[1]) : 3000;
    String server = "jdbc:postgresql://" + url.group(2) + "/";
    String database = url.group(3);
    try (Connection admin = connect(server + "postgres", url.group(1));
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database);
    }
    try (Connection db = connect(server + database, url.group(1))) {
      createSchema(db);
      seed(db, rows);
    }
    System.out.printf("[demo] template database %s with %d products%n", database, rows);
  }

  // Not DriverManager: under exec:java an earlier module's driver registration can hide this one.
  private static Connection connect(String jdbcUrl, String user) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    String password = System.getenv("PGPASSWORD");
    if (password != null) {
      properties.setProperty("password", password);
    }
    return new Driver().connect(jdbcUrl, properties);
  }

  private static void createSchema(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL,"
              + " price_cents BIGINT NOT NULL, currency TEXT NOT NULL,"
              + " stock INTEGER NOT NULL CHECK (stock >= 0))");
    }
  }

  private static void seed(Connection db, int rows) throws SQLException {
    db.setAutoCommit(false);
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO products VALUES (?, ?, ?, 'EUR', ?)")) {
      for (int i = 0; i < rows; i++) {
        insert.setString(1, String.format("%s%05d", SKU_PREFIX, i + 1));
        insert.setString(2, "Product " + (i + 1));
        insert.setLong(3, 150 + 35L * (i % 100));
        insert.setInt(4, 1 + (i * 7) % 50);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    db.commit();
  }
}
