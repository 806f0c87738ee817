package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "LINE=0.97; LINE; 0.97",
        "LINE=97%; LINE; 0.97",
        "line=97.5%; LINE; 0.975",
        "Branch=80%; BRANCH; 0.80",
        "INSTRUCTION=0.5; INSTRUCTION; 0.5",
        "method = 100 %; METHOD; 1.00",
        "CLASS=0; CLASS; 0",
        "complexity=0%; COMPLEXITY; 0.00"
      })
  void should_parse_ratio_or_percentage_keeping_the_written_precision(
      String spec, CounterType counter, String minimum) {
    // BigDecimal.equals compares the scale too, so this checks the precision as well.
    assertEquals(new Threshold(counter, new BigDecimal(minimum)), Threshold.parse(spec));
  }

  @Test
  void should_give_ratio_and_percentage_the_same_scale() {
    assertEquals(2, Threshold.parse("LINE=0.97").minimum().scale());
    assertEquals(2, Threshold.parse("LINE=97%").minimum().scale());
    assertEquals(3, Threshold.parse("LINE=97.5%").minimum().scale());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "LINE; invalid --min 'LINE': expected COUNTER=VALUE, e.g. LINE=0.80 or LINE=80%",
        "LINE=; invalid --min 'LINE=': expected COUNTER=VALUE, e.g. LINE=0.80 or LINE=80%",
        "=0.8; invalid --min '=0.8': expected COUNTER=VALUE, e.g. LINE=0.80 or LINE=80%",
        "LINES=0.8; unknown counter 'LINES' in --min 'LINES=0.8' (expected one of INSTRUCTION,"
            + " LINE, BRANCH, COMPLEXITY, METHOD, CLASS)",
        "LINE=1.5; minimum '1.5' in --min 'LINE=1.5' is outside 0..1 (or 0%..100%)",
        "LINE=97; minimum '97' in --min 'LINE=97' is outside 0..1 (or 0%..100%)",
        "LINE=100.01%; minimum '100.01%' in --min 'LINE=100.01%' is outside 0..1 (or 0%..100%)",
        "LINE=-0.1; minimum '-0.1' in --min 'LINE=-0.1' is outside 0..1 (or 0%..100%)",
        "LINE=abc; minimum 'abc' in --min 'LINE=abc' is not a number (expected e.g. 0.80 or 80%)",
        "LINE=%; minimum '%' in --min 'LINE=%' is not a number (expected e.g. 0.80 or 80%)",
        "LINE=0.9.7; minimum '0.9.7' in --min 'LINE=0.9.7' is not a number (expected e.g. 0.80"
            + " or 80%)"
      })
  void should_reject_a_bad_spec_with_a_one_line_message_naming_it(String spec, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Threshold.parse(spec));

    assertEquals(message, e.getMessage());
  }

  @Test
  void should_reject_a_minimum_outside_zero_to_one_when_constructed_directly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Threshold(CounterType.LINE, new BigDecimal("1.01")));
  }
}
