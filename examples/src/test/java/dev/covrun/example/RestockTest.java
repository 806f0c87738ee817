package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RestockTest extends AbstractDatabaseTest {

  @Test
  void should_add_units_to_stock() throws InterruptedException {
    Product oats = addOwnProduct("Oats", "2.40", 3);

    inventory.restock(oats.sku(), 9);
    slowStep(600);

    assertEquals(12, inventory.find(oats.sku()).orElseThrow().stock());
    assertSeedPlusOwnProducts(1);
  }

  @Test
  void should_reject_restocking_unknown_product_or_non_positive_amount()
      throws InterruptedException {
    Product rye = addOwnProduct("Rye", "2.90", 3);

    slowStep(600);

    assertThrows(IllegalArgumentException.class, () -> inventory.restock(rye.sku(), 0));
    assertThrows(IllegalArgumentException.class, () -> inventory.restock("NO-SUCH-SKU", 1));
    assertSeedPlusOwnProducts(1);
  }
}
