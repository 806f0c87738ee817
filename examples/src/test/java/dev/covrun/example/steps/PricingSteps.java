package dev.covrun.example.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.example.Discount;
import dev.covrun.example.Money;
import dev.covrun.example.Order;
import dev.covrun.example.OrderLine;
import dev.covrun.example.OrderStatus;
import dev.covrun.example.PriceCalculator;
import dev.covrun.example.Quote;
import dev.covrun.example.Region;
import dev.covrun.example.ReportFormatter;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;

/** Steps over orders and their quotes, in EUR; no database. */
public class PricingSteps {
  private final Order order = new Order("O-1", "Ada", "EUR");
  private Region region = Region.EU;
  private Optional<Discount> discount = Optional.empty();
  private Quote quote;
  private String error = "";

  @Given("an order of {int} x {word} at {word} EUR")
  public void line(int quantity, String sku, String price) {
    order.add(new OrderLine(sku, quantity, Money.of(price, "EUR")));
  }

  @Given("it ships to {word}")
  public void region(String name) {
    region = Region.valueOf(name);
  }

  @Given("the voucher {string}")
  public void voucher(String code) {
    discount = Optional.of(Discount.parse(code, "EUR"));
  }

  @When("the order is quoted")
  public void quote() {
    quote = new PriceCalculator(region, Money.of("50.00", "EUR"), Money.of("4.90", "EUR")).quote(order, discount);
  }

  @When("the order is placed")
  public void place() {
    attempt(order::place);
  }

  @When("the order is shipped")
  public void ship() {
    attempt(order::ship);
  }

  @When("the order is cancelled")
  public void cancel() {
    attempt(order::cancel);
  }

  @When("the line for {word} is removed")
  public void remove(String sku) {
    order.remove(sku);
  }

  @Then("the {word} comes to {word} EUR")
  public void part(String part, String amount) {
    Money expected = Money.of(amount, "EUR");
    Money actual =
        switch (part) {
          case "subtotal" -> quote.subtotal();
          case "discount" -> quote.discount();
          case "shipping" -> quote.shipping();
          case "tax" -> quote.tax();
          case "total" -> quote.total();
          default -> throw new IllegalArgumentException("no such part of a quote: " + part);
        };
    assertEquals(expected, actual);
  }

  @Then("the order's status is {word}")
  public void status(String status) {
    assertEquals(OrderStatus.valueOf(status), order.status());
  }

  @Then("the order is refused with {string}")
  public void refused(String message) {
    assertEquals(message, error);
  }

  @Then("the summary ends with {string}")
  public void summary(String last) {
    String text = new ReportFormatter().orderSummary(order, quote).strip();
    assertEquals(last, text.substring(text.lastIndexOf('\n') + 1).replaceAll("\\s+", " "));
  }

  private void attempt(Runnable transition) {
    try {
      transition.run();
    } catch (IllegalStateException e) {
      error = e.getMessage();
    }
  }
}
