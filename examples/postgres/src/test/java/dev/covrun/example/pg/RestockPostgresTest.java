package dev.covrun.example.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.example.Product;
import org.junit.jupiter.api.Test;

class RestockPostgresTest extends AbstractPostgresTest {

  @Test
  void should_add_units_to_stock() throws Exception {
    Product oats = addOwnProduct("Oats", "2.40", 3);
    inventory.restock(oats.sku(), 9);
    slowStep(500);
    assertEquals(12, inventory.find(oats.sku()).orElseThrow().stock());
    assertSeedPlusOwnProducts(1);
  }

  @Test
  void should_reject_restocking_unknown_products() throws Exception {
    addOwnProduct("Rye", "2.90", 3);
    slowStep(500);
    assertThrows(IllegalArgumentException.class, () -> inventory.restock("NO-SUCH-SKU", 1));
    assertSeedPlusOwnProducts(1);
  }
}
