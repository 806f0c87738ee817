package dev.covrun.example.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.example.Discount;
import dev.covrun.example.InventoryRepository;
import dev.covrun.example.Money;
import dev.covrun.example.Order;
import dev.covrun.example.OrderLine;
import dev.covrun.example.OrderService;
import dev.covrun.example.OutOfStockException;
import dev.covrun.example.PriceCalculator;
import dev.covrun.example.Product;
import dev.covrun.example.Quote;
import dev.covrun.example.Region;
import dev.covrun.example.ReportFormatter;
import dev.covrun.example.TemplateDatabase;
import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Steps over the SQLite inventory, like the JUnit database tests: a scenario adds its own
 * products (SKUs starting "CUKE-"), pauses the way a slow integration test does, and expects to
 * see exactly the seed rows plus its own. Two JVMs sharing one database file break that; covrun
 * gives each chunk its own copy, named by env {@code COVRUN_DB}.
 */
public class InventorySteps {
  private static final String OWN = "CUKE-";

  private Connection connection;
  private InventoryRepository inventory;
  private Order order;
  private Quote quote;
  private String error = "";
  private int ownProducts;

  @Before("@database")
  public void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite:" + databasePath());
    inventory = new InventoryRepository(connection);
    deleteOwnProducts();
  }

  @After("@database")
  public void close() throws SQLException {
    try {
      deleteOwnProducts();
    } finally {
      connection.close();
    }
  }

  @Given("the product {word} {string} at {word} EUR with {int} in stock")
  public void product(String sku, String name, String price, int stock) {
    inventory.add(new Product(OWN + sku, name, Money.of(price, "EUR"), stock));
    ownProducts++;
  }

  @When("{int} of {word} are restocked")
  public void restock(int units, String sku) {
    try {
      inventory.restock(OWN + sku, units);
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
    }
  }

  @When("{int} of {word} are reserved")
  public void reserve(int units, String sku) {
    try {
      inventory.reserve(OWN + sku, units);
    } catch (OutOfStockException e) {
      error = e.getMessage();
    }
  }

  @When("the warehouse takes {int} ms to answer")
  public void slowStep(int millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  @When("{word} orders {int} x {word}")
  public void orders(String customer, int quantity, String sku) {
    Product product = inventory.find(OWN + sku).orElseThrow();
    if (order == null) {
      order = new Order("O-" + customer, customer, "EUR");
    }
    order.add(new OrderLine(product.sku(), quantity, product.price()));
  }

  @When("the order is checked out with the voucher {string}")
  public void checkout(String voucher) {
    PriceCalculator prices = new PriceCalculator(Region.EU, Money.of("50.00", "EUR"), Money.of("4.90", "EUR"));
    try {
      quote = new OrderService(inventory, prices).place(order, Optional.of(Discount.parse(voucher, "EUR")));
    } catch (OutOfStockException e) {
      error = e.getMessage();
    }
  }

  @When("the checked-out order is cancelled")
  public void cancel() {
    PriceCalculator prices = new PriceCalculator(Region.EU, Money.of("50.00", "EUR"), Money.of("4.90", "EUR"));
    new OrderService(inventory, prices).cancel(order);
  }

  @Then("{word} has {int} in stock")
  public void stock(String sku, int expected) {
    assertEquals(expected, inventory.find(OWN + sku).orElseThrow().stock());
  }

  @Then("the checkout total is {word} EUR")
  public void total(String amount) {
    assertEquals(Money.of(amount, "EUR"), quote.total());
  }

  @Then("the inventory refuses with {string}")
  public void refused(String message) {
    assertEquals(message.replace("{own}", OWN), error);
  }

  @Then("the low-stock report at {int} lists {string}")
  public void lowStock(int threshold, String skus) {
    String table = new ReportFormatter().stockTable(inventory.lowStock(threshold).stream()
        .filter(p -> p.sku().startsWith(OWN)).toList());
    String listed = table.lines().map(line -> line.split("\\s+")[0].substring(OWN.length())).reduce((a, b) -> a + "," + b).orElse("");
    assertEquals(skus, listed);
  }

  @Then("the inventory holds the seed products and this scenario's own")
  public void onlyOwnRows() {
    assertEquals(TemplateDatabase.SEED_PRODUCTS + ownProducts, inventory.count(),
        "products table holds rows of another test JVM: is the database shared?");
  }

  private void deleteOwnProducts() throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM products WHERE sku LIKE ?")) {
      delete.setString(1, OWN + "%");
      delete.executeUpdate();
    }
  }

  private static String databasePath() {
    String path = System.getenv("COVRUN_DB");
    return path == null || path.isBlank() ? System.getProperty("covrun.db", "target/template.db") : path;
  }
}
