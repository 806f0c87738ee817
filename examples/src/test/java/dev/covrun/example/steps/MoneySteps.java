package dev.covrun.example.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.example.Discount;
import dev.covrun.example.Money;
import dev.covrun.example.Slug;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps over {@link Money}, {@link Discount} and {@link Slug}; no database. */
public class MoneySteps {
  private Money money;
  private String text = "";
  private String error = "";

  @Given("an amount of {word} {word}")
  public void amount(String amount, String currency) {
    money = Money.of(amount, currency);
  }

  @When("I add {word} {word}")
  public void add(String amount, String currency) {
    money = attempt(() -> money.plus(Money.of(amount, currency)));
  }

  @When("I subtract {word} {word}")
  public void subtract(String amount, String currency) {
    money = money.minus(Money.of(amount, currency));
  }

  @When("I multiply it by {int}")
  public void times(int quantity) {
    money = money.times(quantity);
  }

  @When("I take {int} basis points of it")
  public void basisPoints(int points) {
    money = money.basisPoints(points);
  }

  @When("I apply the voucher {string}")
  public void voucher(String code) {
    money = attempt(() -> Discount.parse(code, money.currency()).amountOff(money));
  }

  @When("I make a slug of {string}")
  public void slug(String name) {
    text = Slug.of(name);
  }

  @Then("the amount reads {string}")
  public void reads(String expected) {
    assertEquals(expected, money.format());
  }

  @Then("the amount is negative: {word}")
  public void negative(String expected) {
    assertEquals(Boolean.parseBoolean(expected), money.isNegative());
  }

  @Then("the slug is {string}")
  public void slugIs(String expected) {
    assertEquals(expected, text);
  }

  @Then("it is refused with {string}")
  public void refused(String message) {
    assertEquals(message, error);
  }

  private Money attempt(java.util.function.Supplier<Money> operation) {
    try {
      return operation.get();
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
      return money;
    }
  }
}
