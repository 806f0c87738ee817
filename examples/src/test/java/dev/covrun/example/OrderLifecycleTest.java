package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {
  private Order order;

  @BeforeEach
  void createPlacedOrder() throws InterruptedException {
    Thread.sleep(400); // models waiting for an order event to arrive
    order = new Order("o-9", "Linus", "EUR");
    order.add(new OrderLine("SKU-3", 1, Money.of("5", "EUR")));
    order.place();
  }

  @Test
  void should_ship_a_placed_order() {
    order.ship();

    assertEquals(OrderStatus.SHIPPED, order.status());
  }

  @Test
  void should_not_cancel_a_shipped_order() {
    order.ship();

    IllegalStateException error = assertThrows(IllegalStateException.class, order::cancel);
    assertEquals("cannot cancel SHIPPED order o-9", error.getMessage());
  }

  @Test
  void should_not_edit_a_placed_order() {
    OrderLine line = new OrderLine("SKU-4", 1, Money.of("1", "EUR"));

    IllegalStateException error = assertThrows(IllegalStateException.class, () -> order.add(line));
    assertEquals("cannot add lines to PLACED order o-9", error.getMessage());
  }
}
