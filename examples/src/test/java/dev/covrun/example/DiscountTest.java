package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiscountTest {
  private static final Money TWENTY = Money.of("20.00", "EUR");

  @Test
  void should_take_a_percentage_off() throws InterruptedException {
    Thread.sleep(100);
    assertEquals(Money.of("3.00", "EUR"), Discount.parse("15%", "EUR").amountOff(TWENTY));
  }

  @Test
  void should_cap_a_fixed_amount_at_the_subtotal() {
    assertEquals(Money.of("5.00", "EUR"), Discount.parse("5", "EUR").amountOff(TWENTY));
    assertEquals(TWENTY, Discount.parse("25.00", "EUR").amountOff(TWENTY));
  }

  @Test
  void should_reject_percentages_out_of_range() throws InterruptedException {
    Thread.sleep(100);
    assertThrows(IllegalArgumentException.class, () -> Discount.parse("120%", "EUR"));
  }
}
