package dev.covrun.example;

/** A product in the inventory with its unit price and units in stock. */
public record Product(String sku, String name, Money price, int stock) {

  /** Validates the fields. */
  public Product {
    if (sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("sku is blank");
    }
    if (stock < 0) {
      throw new IllegalArgumentException("negative stock for " + sku);
    }
  }

  /** Whether stock has fallen to the threshold or below. */
  public boolean isLow(int threshold) {
    return stock <= threshold;
  }
}
