package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugTest {

  @Test
  void should_strip_accents_and_join_words_with_dashes() throws InterruptedException {
    Thread.sleep(100);
    assertEquals("creme-brulee-6-pcs", Slug.of("  Crème Brûlée (6 pcs)! "));
  }

  @Test
  void should_use_placeholder_for_names_without_letters_or_digits() {
    assertEquals("n-a", Slug.of("?!"));
  }

  @Test
  void should_cut_long_slugs_at_a_word_boundary() {
    String name = "Extra Large Organic Hand Picked Mountain Apples From The Valley";

    assertEquals("extra-large-organic-hand-picked-mountain", Slug.of(name));
  }
}
