package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CloneNameTest {
  private static final RunId RUN = new RunId(0x1a2b3c4d);

  @Test
  void should_name_clones_after_template_run_and_chunk() {
    assertEquals("shop_covrun_1a2b3c4d_3", new CloneName("shop", RUN, 3).name());
  }

  @Test
  void should_recognise_only_its_own_clone_names() {
    assertEquals(Optional.of(new CloneName("shop", RUN, 12)), CloneName.parse("shop", "shop_covrun_1a2b3c4d_12"));
    assertEquals(Optional.empty(), CloneName.parse("shop", "shop"));
    assertEquals(Optional.empty(), CloneName.parse("shop", "shop_covrun_backup"));
    assertEquals(Optional.empty(), CloneName.parse("shop", "shop_covrun_1A2B3C4D_1"));
    assertEquals(Optional.empty(), CloneName.parse("shop", "shop_covrun_1a2b3c4d_0"));
    assertEquals(Optional.empty(), CloneName.parse("shop", "shop_covrun_1a2b3c4d_1_copy"));
    assertEquals(Optional.empty(), CloneName.parse("sho", "shop_covrun_1a2b3c4d_1"));
    assertEquals(Optional.empty(), CloneName.parse("shop", "shop_covrun_9a2b3c4d_1"), "not a run id");
  }

  @Test
  void should_reject_templates_whose_clone_names_postgresql_would_truncate() {
    String name44 = "t".repeat(44);
    assertTrue(CloneName.fits(name44, 99), "44 + 8 + 8 + 1 + 2 = 63 bytes");
    assertFalse(CloneName.fits(name44, 100));
  }

  @Test
  void should_make_non_negative_run_ids_that_round_trip_through_hex() {
    Random random = new Random(42);
    for (int i = 0; i < 1000; i++) {
      RunId run = RunId.random(random);
      assertTrue(run.value() >= 0);
      assertEquals(Optional.of(run), RunId.parse(run.hex()));
    }
    assertEquals("0000002a", new RunId(42).hex());
  }
}
