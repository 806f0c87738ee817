package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the demo tests that use the SQLite database, and the reason covrun copies it per JVM.
 *
 * <p>Each test inserts products, pauses the way a slow integration test does, then counts every
 * product and expects exactly the seed rows plus its own; its rows are deleted again after each
 * test. Run serially in one JVM, that always holds. Run in two JVMs that share one database file,
 * each JVM sees the other's rows (or hits SQLITE_BUSY) and fails. covrun gives every chunk's JVM
 * its own copy of {@code target/template.db} and names it in env {@code COVRUN_DB}, so the chunks
 * pass in parallel.
 *
 * <p>The database is env {@code COVRUN_DB}, else system property {@code covrun.db}, else the shared
 * template {@code target/template.db} itself (fine for one serial run).
 */
abstract class AbstractDatabaseTest {
  Connection connection;
  InventoryRepository inventory;

  @BeforeEach
  void openDatabase() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + databasePath());
    inventory = new InventoryRepository(connection);
    deleteOwnProducts();
  }

  @AfterEach
  void deleteOwnProductsAndClose() throws SQLException {
    try {
      deleteOwnProducts();
    } finally {
      connection.close();
    }
  }

  /** Adds a product owned by this test class, so the clean-up can find it. */
  Product addOwnProduct(String name, String price, int stock) {
    Product product = new Product(skuPrefix() + name, name, Money.of(price, "EUR"), stock);
    inventory.add(product);
    return product;
  }

  /** Fails when rows other than the seed and this test's own are visible. */
  void assertSeedPlusOwnProducts(int own) {
    assertEquals(
        TemplateDatabase.SEED_PRODUCTS + own,
        inventory.count(),
        "products table holds rows of another test JVM: is the database shared?");
  }

  /** Stands for the slow part of an integration test (a remote call, a batch job). */
  static void slowStep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  private String skuPrefix() {
    return getClass().getSimpleName() + "-";
  }

  private void deleteOwnProducts() throws SQLException {
    String sql = "DELETE FROM products WHERE sku LIKE ?";
    try (PreparedStatement delete = connection.prepareStatement(sql)) {
      delete.setString(1, skuPrefix() + "%");
      delete.executeUpdate();
    }
  }

  private static String databasePath() {
    String path = System.getenv("COVRUN_DB");
    if (path == null || path.isBlank()) {
      path = System.getProperty("covrun.db", "target/template.db");
    }
    return path;
  }
}
