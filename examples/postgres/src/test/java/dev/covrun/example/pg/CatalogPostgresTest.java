package dev.covrun.example.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.example.Product;
import org.junit.jupiter.api.Test;

class CatalogPostgresTest extends AbstractPostgresTest {

  @Test
  void should_find_an_added_product_by_sku() throws Exception {
    Product tea = addOwnProduct("Tea", "4.20", 12);
    slowStep(500);
    assertEquals(tea, inventory.find(tea.sku()).orElseThrow());
    assertSeedPlusOwnProducts(1);
  }

  @Test
  void should_delete_a_product_once() throws Exception {
    Product coffee = addOwnProduct("Coffee", "7.90", 3);
    addOwnProduct("Cocoa", "5.10", 8);
    slowStep(500);
    assertTrue(inventory.delete(coffee.sku()));
    assertFalse(inventory.delete(coffee.sku()));
    assertSeedPlusOwnProducts(1);
  }
}
