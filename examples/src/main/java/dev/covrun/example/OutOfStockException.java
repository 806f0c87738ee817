package dev.covrun.example;

/** An order asked for more units of a product than are in stock. */
public final class OutOfStockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sku;

  /** Names the product that ran out. */
  public OutOfStockException(String sku, int requested) {
    super("not enough stock of " + sku + " for " + requested + " units");
    this.sku = sku;
  }

  /** The product that ran out. */
  public String sku() {
    return sku;
  }
}
