package dev.covrun.example;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in cents of one ISO currency; arithmetic refuses to mix currencies. */
public record Money(long cents, String currency) implements Comparable<Money> {

  /** Validates the currency code. */
  public Money {
    Objects.requireNonNull(currency, "currency");
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not a currency code: " + currency);
    }
  }

  /** Parses a decimal amount such as {@code "12.50"}. */
  public static Money of(String amount, String currency) {
    BigDecimal value = new BigDecimal(amount);
    if (value.scale() > 2) {
      throw new IllegalArgumentException("more than two decimals: " + amount);
    }
    return new Money(value.movePointRight(2).longValueExact(), currency);
  }

  /** Zero in the given currency. */
  public static Money zero(String currency) {
    return new Money(0, currency);
  }

  /** This plus other. */
  public Money plus(Money other) {
    return new Money(cents + sameCurrency(other).cents, currency);
  }

  /** This minus other. */
  public Money minus(Money other) {
    return new Money(cents - sameCurrency(other).cents, currency);
  }

  /** This times a quantity. */
  public Money times(int quantity) {
    return new Money(Math.multiplyExact(cents, quantity), currency);
  }

  /** The given share in basis points (1/100 of a percent), rounded half up. */
  public Money basisPoints(int points) {
    BigDecimal share = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(points));
    return new Money(
        share.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValue(), currency);
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return cents < 0;
  }

  /** The larger of this and other. */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, sameCurrency(other).cents);
  }

  /** Formats as {@code "12.50 EUR"}. */
  public String format() {
    return BigDecimal.valueOf(cents, 2).toPlainString() + " " + currency;
  }

  private Money sameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "currency mismatch: " + currency + " vs " + other.currency);
    }
    return other;
  }
}
