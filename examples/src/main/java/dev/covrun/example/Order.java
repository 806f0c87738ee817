package dev.covrun.example;

import java.util.ArrayList;
import java.util.List;

/** A customer's order: lines are editable while it is a draft; then it is placed and shipped. */
public final class Order {
  private final String id;
  private final String customer;
  private final String currency;
  private final List<OrderLine> lines = new ArrayList<>();
  private OrderStatus status = OrderStatus.DRAFT;

  /** Creates an empty draft order. */
  public Order(String id, String customer, String currency) {
    this.id = id;
    this.customer = customer;
    this.currency = currency;
  }

  /** Adds a line, merging it with an existing line for the same product. */
  public void add(OrderLine line) {
    requireStatus(OrderStatus.DRAFT, "add lines to");
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).sku().equals(line.sku())) {
        lines.set(i, lines.get(i).plus(line.quantity()));
        return;
      }
    }
    lines.add(line);
  }

  /** Removes the line for a product; returns whether there was one. */
  public boolean remove(String sku) {
    requireStatus(OrderStatus.DRAFT, "remove lines from");
    return lines.removeIf(line -> line.sku().equals(sku));
  }

  /** The sum of all line totals. */
  public Money subtotal() {
    return lines.stream().map(OrderLine::total).reduce(Money.zero(currency), Money::plus);
  }

  /** Submits a non-empty draft. */
  public void place() {
    requireStatus(OrderStatus.DRAFT, "place");
    if (lines.isEmpty()) {
      throw new IllegalStateException("order " + id + " has no lines");
    }
    status = OrderStatus.PLACED;
  }

  /** Marks a placed order as shipped. */
  public void ship() {
    requireStatus(OrderStatus.PLACED, "ship");
    status = OrderStatus.SHIPPED;
  }

  /** Cancels an order that has not shipped yet. */
  public void cancel() {
    if (status == OrderStatus.SHIPPED || status == OrderStatus.CANCELLED) {
      throw new IllegalStateException("cannot cancel " + status + " order " + id);
    }
    status = OrderStatus.CANCELLED;
  }

  public String id() {
    return id;
  }

  public String customer() {
    return customer;
  }

  public String currency() {
    return currency;
  }

  public OrderStatus status() {
    return status;
  }

  public List<OrderLine> lines() {
    return List.copyOf(lines);
  }

  private void requireStatus(OrderStatus expected, String action) {
    if (status != expected) {
      throw new IllegalStateException("cannot " + action + " " + status + " order " + id);
    }
  }
}
