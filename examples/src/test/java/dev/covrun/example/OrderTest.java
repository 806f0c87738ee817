package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderTest {
  private static final Money TWO_EUR = Money.of("2.00", "EUR");

  private Order order;

  @BeforeEach
  void createOrder() throws InterruptedException {
    Thread.sleep(50);
    order = new Order("o-7", "Grace", "EUR");
  }

  @Test
  void should_merge_lines_for_the_same_product() {
    order.add(new OrderLine("SKU-1", 1, TWO_EUR));
    order.add(new OrderLine("SKU-1", 2, TWO_EUR));

    assertEquals(List.of(new OrderLine("SKU-1", 3, TWO_EUR)), order.lines());
    assertEquals(Money.of("6.00", "EUR"), order.subtotal());
  }

  @Test
  void should_remove_a_line_by_sku() {
    order.add(new OrderLine("SKU-1", 1, TWO_EUR));

    assertTrue(order.remove("SKU-1"));
    assertFalse(order.remove("SKU-1"));
    assertEquals(Money.zero("EUR"), order.subtotal());
  }

  @Test
  void should_not_place_an_empty_order() {
    IllegalStateException error = assertThrows(IllegalStateException.class, order::place);

    assertEquals("order o-7 has no lines", error.getMessage());
  }
}
