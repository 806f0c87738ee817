package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderServiceTest extends AbstractDatabaseTest {
  private OrderService service;
  private Product tea;
  private Product honey;

  @BeforeEach
  void createService() {
    PriceCalculator prices =
        new PriceCalculator(Region.EU, Money.of("50.00", "EUR"), Money.of("4.90", "EUR"));
    service = new OrderService(inventory, prices);
    tea = addOwnProduct("Tea", "6.50", 20);
    honey = addOwnProduct("Honey", "8.00", 1);
  }

  @Test
  void should_reserve_every_line_when_placing_an_order() throws InterruptedException {
    Order order = orderOf(tea, 3);
    order.add(new OrderLine(honey.sku(), 1, honey.price()));

    Quote quote = service.place(order, Optional.of(Discount.parse("10%", "EUR")));
    slowStep(1000);

    assertEquals(OrderStatus.PLACED, order.status());
    assertEquals(Money.of("27.50", "EUR"), quote.subtotal());
    assertEquals(17, stockOf(tea));
    assertEquals(0, stockOf(honey));
    assertSeedPlusOwnProducts(2);
  }

  @Test
  void should_reserve_nothing_when_one_line_is_out_of_stock() throws InterruptedException {
    Order order = orderOf(tea, 2);
    order.add(new OrderLine(honey.sku(), 5, honey.price()));

    assertThrows(OutOfStockException.class, () -> service.place(order, Optional.empty()));
    slowStep(1000);

    assertEquals(OrderStatus.DRAFT, order.status());
    assertEquals(20, stockOf(tea));
    assertSeedPlusOwnProducts(2);
  }

  @Test
  void should_return_units_to_stock_when_a_placed_order_is_cancelled() throws InterruptedException {
    Order order = orderOf(tea, 5);
    service.place(order, Optional.empty());

    service.cancel(order);
    slowStep(1000);

    assertEquals(OrderStatus.CANCELLED, order.status());
    assertEquals(20, stockOf(tea));
    assertSeedPlusOwnProducts(2);
  }

  private static Order orderOf(Product product, int quantity) {
    Order order = new Order("o-1", "Ada", "EUR");
    order.add(new OrderLine(product.sku(), quantity, product.price()));
    return order;
  }

  private int stockOf(Product product) {
    return inventory.find(product.sku()).orElseThrow().stock();
  }
}
