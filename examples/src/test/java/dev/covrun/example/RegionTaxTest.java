package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegionTaxTest {

  @BeforeAll
  static void loadTaxTables() throws InterruptedException {
    Thread.sleep(300); // models reading the tax tables
  }

  @Test
  void should_charge_twenty_percent_in_the_eu_and_uk() {
    assertEquals(2000, Region.EU.taxBasisPoints());
    assertEquals(2000, Region.UK.taxBasisPoints());
  }

  @Test
  void should_charge_eight_percent_in_the_us() {
    assertEquals(800, Region.US.taxBasisPoints());
  }
}
