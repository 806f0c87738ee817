package dev.covrun.example.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.example.OutOfStockException;
import dev.covrun.example.Product;
import org.junit.jupiter.api.Test;

class ReservationPostgresTest extends AbstractPostgresTest {

  @Test
  void should_take_reserved_units_out_of_stock() throws Exception {
    Product rice = addOwnProduct("Rice", "1.80", 10);
    inventory.reserve(rice.sku(), 4);
    slowStep(500);
    assertEquals(6, inventory.find(rice.sku()).orElseThrow().stock());
    assertSeedPlusOwnProducts(1);
  }

  @Test
  void should_refuse_to_reserve_more_than_in_stock() throws Exception {
    Product beans = addOwnProduct("Beans", "2.10", 2);
    slowStep(500);
    assertThrows(OutOfStockException.class, () -> inventory.reserve(beans.sku(), 3));
    assertEquals(2, inventory.find(beans.sku()).orElseThrow().stock());
    assertSeedPlusOwnProducts(1);
  }
}
