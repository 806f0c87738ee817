package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GateViolationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "LINE; 0.9641; 0.97; LINE coverage 96.41% is below the minimum 97.00%",
        "LINE; 0.96999; 0.97; LINE coverage 96.99% is below the minimum 97.00%",
        "BRANCH; 0.4285714285714286; 0.5; BRANCH coverage 42.85% is below the minimum 50.00%",
        "METHOD; 0.0; 1.00; METHOD coverage 0.00% is below the minimum 100.00%",
        "INSTRUCTION; 0.97499; 0.975; INSTRUCTION coverage 97.49% is below the minimum 97.50%",
        "CLASS; 0.975549; 0.97555; CLASS coverage 97.554% is below the minimum 97.555%"
      })
  void should_describe_the_violation_without_rounding_up_the_actual_value(
      CounterType counter, double actual, String minimum, String message) {
    assertEquals(message, new GateViolation(counter, actual, new BigDecimal(minimum)).message());
  }
}
