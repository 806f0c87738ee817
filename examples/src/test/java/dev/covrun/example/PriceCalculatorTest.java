package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {
  private static PriceCalculator calculator;

  @BeforeAll
  static void loadPricingRules() throws InterruptedException {
    Thread.sleep(1200); // models fetching pricing rules from a slow service
    calculator = new PriceCalculator(Region.EU, eur("50.00"), eur("4.90"));
  }

  @Test
  void should_charge_shipping_below_the_threshold() {
    Quote quote = calculator.quote(orderOf("10.00"), Optional.empty());

    assertEquals(eur("4.90"), quote.shipping());
    assertEquals(eur("2.98"), quote.tax());
    assertEquals(eur("17.88"), quote.total());
  }

  @Test
  void should_ship_free_from_the_threshold() {
    Quote quote = calculator.quote(orderOf("50.00"), Optional.empty());

    assertEquals(Money.zero("EUR"), quote.shipping());
    assertEquals(eur("60.00"), quote.total());
  }

  @Test
  void should_apply_the_discount_before_the_shipping_threshold() {
    Quote quote = calculator.quote(orderOf("52.00"), Optional.of(Discount.parse("10%", "EUR")));

    assertEquals(eur("5.20"), quote.discount());
    assertEquals(eur("4.90"), quote.shipping());
  }

  private static Order orderOf(String amount) {
    Order order = new Order("o-1", "Ada", "EUR");
    order.add(new OrderLine("SKU-1", 1, eur(amount)));
    return order;
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
