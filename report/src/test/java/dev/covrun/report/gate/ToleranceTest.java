package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ToleranceTest {

  @Test
  void should_read_percentage_points_and_ratios_alike() {
    assertEquals(0, new BigDecimal("0.005").compareTo(Tolerance.parse("0.5%")));
    assertEquals(0, new BigDecimal("0.005").compareTo(Tolerance.parse("0.005")));
    assertEquals(0, BigDecimal.ZERO.compareTo(Tolerance.parse("0")));
  }

  @Test
  void should_reject_a_bad_tolerance_naming_it() {
    assertEquals(
        "invalid --tolerance 'lots': expected a ratio such as 0.005 or percentage points such as 0.5%",
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("lots")).getMessage());
    assertEquals(
        "invalid --tolerance '-1%': outside 0..1 (or 0%..100%)",
        assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("-1%")).getMessage());
  }
}
