package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InventoryRepositoryTest extends AbstractDatabaseTest {

  @Test
  void should_find_added_product() throws InterruptedException {
    Product added = addOwnProduct("Walnuts", "4.20", 12);
    addOwnProduct("Hazelnuts", "3.80", 7);

    slowStep(1000);

    assertEquals(added, inventory.find(added.sku()).orElseThrow());
    assertSeedPlusOwnProducts(2);
  }

  @Test
  void should_reserve_stock_when_enough_units() throws InterruptedException {
    Product almonds = addOwnProduct("Almonds", "5.10", 10);

    inventory.reserve(almonds.sku(), 4);
    slowStep(1000);

    assertEquals(6, inventory.find(almonds.sku()).orElseThrow().stock());
    assertSeedPlusOwnProducts(1);
  }

  @Test
  void should_refuse_reservation_beyond_stock() throws InterruptedException {
    Product pecans = addOwnProduct("Pecans", "7.00", 2);

    slowStep(1000);

    OutOfStockException refused =
        assertThrows(OutOfStockException.class, () -> inventory.reserve(pecans.sku(), 3));
    assertEquals(pecans.sku(), refused.sku());
    assertEquals(2, inventory.find(pecans.sku()).orElseThrow().stock());
    assertSeedPlusOwnProducts(1);
  }
}
