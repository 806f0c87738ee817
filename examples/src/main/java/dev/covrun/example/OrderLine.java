package dev.covrun.example;

/** A quantity of one product at the unit price agreed when it was added. */
public record OrderLine(String sku, int quantity, Money unitPrice) {

  /** Validates the fields. */
  public OrderLine {
    if (sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("sku is blank");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
  }

  /** Unit price times quantity. */
  public Money total() {
    return unitPrice.times(quantity);
  }

  /** The same line with more units. */
  public OrderLine plus(int moreUnits) {
    return new OrderLine(sku, quantity + moreUnits, unitPrice);
  }
}
