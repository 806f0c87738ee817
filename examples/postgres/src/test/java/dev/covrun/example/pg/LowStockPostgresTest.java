package dev.covrun.example.pg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.example.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowStockPostgresTest extends AbstractPostgresTest {

  @Test
  void should_list_own_products_at_or_below_the_threshold() throws Exception {
    Product saffron = addOwnProduct("Saffron", "12.00", 0);
    Product salt = addOwnProduct("Salt", "0.90", 400);
    slowStep(500);
    List<Product> low = inventory.lowStock(0);
    assertTrue(low.contains(saffron), "saffron is out of stock");
    assertTrue(!low.contains(salt), "salt is well stocked");
    assertTrue(low.stream().allMatch(product -> product.isLow(0)));
    assertSeedPlusOwnProducts(2);
  }
}
