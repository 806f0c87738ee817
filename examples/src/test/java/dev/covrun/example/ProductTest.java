package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductTest {
  private static final Money PRICE = Money.of("1.20", "EUR");

  @Test
  void should_be_low_at_or_below_the_threshold() throws InterruptedException {
    Thread.sleep(150);
    assertTrue(new Product("SKU-1", "Kiwi", PRICE, 5).isLow(5));
    assertFalse(new Product("SKU-1", "Kiwi", PRICE, 6).isLow(5));
  }

  @Test
  void should_reject_negative_stock() {
    assertThrows(IllegalArgumentException.class, () -> new Product("SKU-1", "Kiwi", PRICE, -1));
  }
}
