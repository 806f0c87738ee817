package dev.covrun.example;

/** A reduction of an order's subtotal, parsed from a voucher code. */
public sealed interface Discount {

  /** The amount taken off the given subtotal, never more than the subtotal itself. */
  Money amountOff(Money subtotal);

  /** Parses {@code "10%"} as a percentage or {@code "5.00"} as a fixed amount in the currency. */
  static Discount parse(String code, String currency) {
    String trimmed = code.strip();
    if (trimmed.endsWith("%")) {
      int percent = Integer.parseInt(trimmed.substring(0, trimmed.length() - 1));
      if (percent <= 0 || percent > 100) {
        throw new IllegalArgumentException("percentage out of range: " + code);
      }
      return new PercentOff(percent);
    }
    return new AmountOff(Money.of(trimmed, currency));
  }

  /** A percentage of the subtotal. */
  record PercentOff(int percent) implements Discount {
    @Override
    public Money amountOff(Money subtotal) {
      return subtotal.basisPoints(percent * 100);
    }
  }

  /** A fixed amount, capped at the subtotal. */
  record AmountOff(Money amount) implements Discount {
    @Override
    public Money amountOff(Money subtotal) {
      return amount.compareTo(subtotal) > 0 ? subtotal : amount;
    }
  }
}
