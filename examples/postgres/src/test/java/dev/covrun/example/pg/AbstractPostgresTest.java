package dev.covrun.example.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.covrun.example.InventoryRepository;
import dev.covrun.example.Money;
import dev.covrun.example.Product;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the PostgreSQL demo tests. Each test adds products, pauses the way a slow integration
 * test does, then counts every product and expects exactly the template's rows plus its own. On
 * one database shared by several JVMs, each sees the others' rows and fails; covrun gives every
 * chunk its own clone ({@code CREATE DATABASE ... TEMPLATE covrun_demo}) named in {@code
 * COVRUN_DB_URL}, so the chunks pass in parallel.
 */
abstract class AbstractPostgresTest {
  Connection connection;
  InventoryRepository inventory;

  @BeforeEach
  void openDatabase() throws SQLException {
    connection =
        DriverManager.getConnection(setting("COVRUN_DB_URL", "covrun.db.url"), null, System.getenv("PGPASSWORD"));
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

  Product addOwnProduct(String name, String price, int stock) {
    Product product = new Product(skuPrefix() + name, name, Money.of(price, "EUR"), stock);
    inventory.add(product);
    return product;
  }

  /** Fails when rows other than the template's and this test's own are visible. */
  void assertSeedPlusOwnProducts(int own) throws SQLException {
    assertEquals(
        seedProducts() + own,
        inventory.count(),
        "products table holds rows of another test JVM: is the database shared?");
  }

  static void slowStep(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  private int seedProducts() throws SQLException {
    String sql = "SELECT COUNT(*) FROM products WHERE sku LIKE '" + DemoTemplate.SKU_PREFIX + "%'";
    try (PreparedStatement count = connection.prepareStatement(sql);
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }

  private String skuPrefix() {
    return getClass().getSimpleName() + "-";
  }

  private void deleteOwnProducts() throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM products WHERE sku LIKE ?")) {
      delete.setString(1, skuPrefix() + "%");
      delete.executeUpdate();
    }
  }

  private static String setting(String env, String property) {
    String value = System.getenv(env);
    if (value == null || value.isBlank()) {
      value = System.getProperty(property);
    }
    if (value == null || value.isBlank()) {
      fail(env + " is not set: run this suite through covrun (examples/postgres/demo)");
    }
    return value;
  }
}
