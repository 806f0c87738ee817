package dev.covrun.example;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Products and their stock in table {@code products}, over plain JDBC on a given connection. */
public final class InventoryRepository {
  private static final String COLUMNS = "sku, name, price_cents, currency, stock";

  private final Connection connection;

  /** Uses the connection as given; the caller owns and closes it. */
  public InventoryRepository(Connection connection) {
    this.connection = connection;
  }

  /** Inserts a new product. */
  public void add(Product product) {
    String sql = "INSERT INTO products (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, product.sku());
      insert.setString(2, product.name());
      insert.setLong(3, product.price().cents());
      insert.setString(4, product.price().currency());
      insert.setInt(5, product.stock());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new InventoryException("add " + product.sku(), e);
    }
  }

  /** The product with the given SKU, if any. */
  public Optional<Product> find(String sku) {
    List<Product> found = query("SELECT " + COLUMNS + " FROM products WHERE sku = ?", sku);
    return found.stream().findFirst();
  }

  /** Takes units out of stock, or throws if there are not enough. */
  public void reserve(String sku, int units) {
    int updated =
        update(
            "UPDATE products SET stock = stock - ? WHERE sku = ? AND stock >= ?",
            units,
            sku,
            units);
    if (updated == 0) {
      throw new OutOfStockException(sku, units);
    }
  }

  /** Puts units back into stock. */
  public void restock(String sku, int units) {
    if (units <= 0) {
      throw new IllegalArgumentException("restock needs a positive amount: " + units);
    }
    if (update("UPDATE products SET stock = stock + ? WHERE sku = ?", units, sku) == 0) {
      throw new IllegalArgumentException("no such product: " + sku);
    }
  }

  /** Products with stock at or below the threshold, by SKU. */
  public List<Product> lowStock(int threshold) {
    return query("SELECT " + COLUMNS + " FROM products WHERE stock <= ? ORDER BY sku", threshold);
  }

  /** How many products there are. */
  public int count() {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM products");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new InventoryException("count", e);
    }
  }

  /** Deletes a product; returns whether it existed. */
  public boolean delete(String sku) {
    return update("DELETE FROM products WHERE sku = ?", sku) > 0;
  }

  private List<Product> query(String sql, Object parameter) {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, parameter);
      try (ResultSet rows = select.executeQuery()) {
        List<Product> products = new ArrayList<>();
        while (rows.next()) {
          products.add(product(rows));
        }
        return products;
      }
    } catch (SQLException e) {
      throw new InventoryException(sql, e);
    }
  }

  private int update(String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new InventoryException(sql, e);
    }
  }

  private static Product product(ResultSet row) throws SQLException {
    Money price = new Money(row.getLong("price_cents"), row.getString("currency"));
    return new Product(row.getString("sku"), row.getString("name"), price, row.getInt("stock"));
  }
}
