package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void should_parse_decimal_amounts_into_cents() throws InterruptedException {
    Thread.sleep(50);
    assertEquals(new Money(1250, "EUR"), Money.of("12.5", "EUR"));
  }

  @Test
  void should_add_subtract_and_multiply() {
    Money price = Money.of("2.40", "EUR");

    assertEquals(Money.of("7.20", "EUR"), price.times(3));
    assertEquals(Money.of("0.00", "EUR"), price.minus(price));
    assertEquals(Money.of("4.80", "EUR"), price.plus(price));
  }

  @Test
  void should_round_basis_points_half_up() {
    assertEquals(new Money(3, "EUR"), new Money(25, "EUR").basisPoints(1000));
  }

  @Test
  void should_refuse_to_mix_currencies() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
    assertEquals("currency mismatch: EUR vs USD", error.getMessage());
  }

  @Test
  void should_reject_fractions_of_cents_and_bad_currency_codes() {
    assertThrows(IllegalArgumentException.class, () -> Money.of("0.001", "EUR"));
    assertThrows(IllegalArgumentException.class, () -> Money.of("1", "euro"));
  }

  @Test
  void should_format_negative_amounts() {
    Money refund = Money.of("3.50", "EUR").minus(Money.of("5.00", "EUR"));

    assertTrue(refund.isNegative());
    assertEquals("-1.50 EUR", refund.format());
  }
}
