package dev.covrun.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteDataSource;

/** Builds the demo's template database: table {@code products} with {@link #SEED_PRODUCTS} rows. */
public final class TemplateDatabase {
  /** How many products the template starts with. */
  public static final int SEED_PRODUCTS = 36;

  private static final List<String> FRUITS =
      List.of(
          "Apple", "Pear", "Plum", "Cherry", "Apricot", "Peach", "Fig", "Quince", "Mango", "Kiwi",
          "Lime", "Lemon");
  private static final List<String> SIZES = List.of("Small", "Medium", "Large");

  private TemplateDatabase() {}

  /** Recreates the database at the path given as the only argument. */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: TemplateDatabase OUTPUT_FILE");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.deleteIfExists(file);
    try (Connection db = open(file)) {
      createSchema(db);
      seed(db);
    }
  }

  private static void createSchema(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL,"
              + " price_cents INTEGER NOT NULL, currency TEXT NOT NULL,"
              + " stock INTEGER NOT NULL CHECK (stock >= 0))");
    }
  }

  private static void seed(Connection db) throws SQLException {
    String sql = "INSERT INTO products VALUES (?, ?, ?, 'EUR', ?)";
    try (PreparedStatement insert = db.prepareStatement(sql)) {
      for (int i = 0; i < SEED_PRODUCTS; i++) {
        insert.setString(1, String.format("SKU-%03d", i + 1));
        insert.setString(2, SIZES.get(i % SIZES.size()) + " " + FRUITS.get(i % FRUITS.size()));
        insert.setLong(3, 150 + 35L * i);
        insert.setInt(4, (i * 7) % 50);
        insert.executeUpdate();
      }
    }
  }

  // Not DriverManager: under exec:java the driver registered by an earlier module's class loader
  // hides this one ("No suitable driver"), so the data source is built directly.
  private static Connection open(Path file) throws SQLException {
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + file);
    return source.getConnection();
  }
}
