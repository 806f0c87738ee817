package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrderLineTest {

  @Test
  void should_total_unit_price_times_quantity() throws InterruptedException {
    Thread.sleep(100);
    assertEquals(Money.of("9.00", "EUR"), new OrderLine("SKU-1", 3, Money.of("3", "EUR")).total());
  }

  @Test
  void should_reject_non_positive_quantities_and_blank_skus() {
    Money price = Money.of("1", "EUR");

    assertThrows(IllegalArgumentException.class, () -> new OrderLine("SKU-1", 0, price));
    assertThrows(IllegalArgumentException.class, () -> new OrderLine(" ", 1, price));
  }
}
