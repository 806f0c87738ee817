package dev.covrun.example;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe identifiers made from product names: lower case ASCII words joined by dashes. */
public final class Slug {
  private static final int MAX_LENGTH = 40;

  private Slug() {}

  /**
   * The slug of a name, e.g. {@code "Crème Brûlée (6 pcs)"} becomes {@code "creme-brulee-6-pcs"}.
   */
  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = strip(slug);
    if (slug.isEmpty()) {
      return "n-a";
    }
    return slug.length() <= MAX_LENGTH ? slug : shorten(slug);
  }

  // Cuts at the last dash within the limit so words stay whole.
  private static String shorten(String slug) {
    int cut = slug.lastIndexOf('-', MAX_LENGTH);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
  }

  private static String strip(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
