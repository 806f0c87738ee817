package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LowStockReportTest extends AbstractDatabaseTest {

  @Test
  void should_list_products_at_or_below_the_threshold() throws InterruptedException {
    Product saffron = addOwnProduct("Saffron", "12.00", 0);
    addOwnProduct("Salt", "0.90", 400);

    slowStep(600);

    List<Product> low = inventory.lowStock(0);
    assertTrue(low.contains(saffron), low::toString);
    assertTrue(low.stream().allMatch(product -> product.isLow(0)), low::toString);
    assertSeedPlusOwnProducts(2);
  }

  @Test
  void should_mark_out_of_stock_products_in_the_stock_table() throws InterruptedException {
    Product vanilla = addOwnProduct("Vanilla", "9.50", 0);

    slowStep(600);

    String table = new ReportFormatter().stockTable(List.of(vanilla));
    assertEquals(
        "LowStockRep Vanilla                     0  OUT\n", table, () -> table.replace(' ', '.'));
    assertSeedPlusOwnProducts(1);
  }
}
