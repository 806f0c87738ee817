package dev.covrun.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Places orders: reserves every line's stock or none of it, then prices the order. */
public final class OrderService {
  private final InventoryRepository inventory;
  private final PriceCalculator prices;

  /** Creates a service over an inventory and a price calculator. */
  public OrderService(InventoryRepository inventory, PriceCalculator prices) {
    this.inventory = inventory;
    this.prices = prices;
  }

  /** Reserves stock for all lines, places the order and returns its quote. */
  public Quote place(Order order, Optional<Discount> discount) {
    Quote quote = prices.quote(order, discount);
    List<OrderLine> reserved = new ArrayList<>();
    try {
      for (OrderLine line : order.lines()) {
        inventory.reserve(line.sku(), line.quantity());
        reserved.add(line);
      }
    } catch (OutOfStockException e) {
      reserved.forEach(line -> inventory.restock(line.sku(), line.quantity()));
      throw e;
    }
    order.place();
    return quote;
  }

  /** Cancels an unshipped order and returns its units to stock. */
  public void cancel(Order order) {
    boolean wasPlaced = order.status() == OrderStatus.PLACED;
    order.cancel();
    if (wasPlaced) {
      order.lines().forEach(line -> inventory.restock(line.sku(), line.quantity()));
    }
  }
}
