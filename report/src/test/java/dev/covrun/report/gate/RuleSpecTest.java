package dev.covrun.report.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.covrun.report.CounterType;
import java.math.BigDecimal;
import java.util.List;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSpecTest {

  @Test
  void should_parse_every_key_of_a_rule() {
    CoverageRule rule =
        RuleSpec.parse("element=package,includes=org.acme.*:org.b.*,excludes=org.acme.gen,counter=line,value=MISSEDRATIO,minimum=1%,maximum=0.25");

    assertEquals(
        new CoverageRule(
            ElementType.PACKAGE,
            List.of("org.acme.*", "org.b.*"),
            List.of("org.acme.gen"),
            List.of(new RuleLimit(CounterType.LINE, LimitValue.MISSEDRATIO, new BigDecimal("0.01"), new BigDecimal("0.25")))),
        rule);
  }

  @Test
  void should_default_like_jacoco_check() {
    assertEquals(
        new CoverageRule(
            ElementType.BUNDLE,
            List.of("*"),
            List.of(),
            List.of(new RuleLimit(CounterType.INSTRUCTION, LimitValue.COVEREDRATIO, new BigDecimal("0.80"), null))),
        RuleSpec.parse("minimum=80%"));
  }

  @Test
  void should_keep_counts_as_whole_numbers() {
    RuleLimit limit = RuleSpec.parse("counter=CLASS,value=MISSEDCOUNT,maximum=3").limits().get(0);

    assertEquals(new BigDecimal("3"), limit.maximum());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "element=BUNDLE; no minimum or maximum in --rule 'element=BUNDLE'",
        "level=PACKAGE,minimum=1; invalid 'level=PACKAGE' in --rule 'level=PACKAGE,minimum=1': expected KEY=VALUE with KEY one of counter, element, excludes, includes, maximum, minimum, value",
        "minimum; invalid 'minimum' in --rule 'minimum': expected KEY=VALUE with KEY one of counter, element, excludes, includes, maximum, minimum, value",
        "element=GROUP,minimum=1; unknown element 'GROUP' in --rule 'element=GROUP,minimum=1' (expected one of BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD)",
        "element=FILE,minimum=1; unknown element 'FILE' in --rule 'element=FILE,minimum=1' (expected one of BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD)",
        "counter=LINES,minimum=1; unknown counter 'LINES' in --rule 'counter=LINES,minimum=1' (expected one of INSTRUCTION, LINE, BRANCH, COMPLEXITY, METHOD, CLASS)",
        "value=RATIO,minimum=1; unknown value 'RATIO' in --rule 'value=RATIO,minimum=1' (expected one of TOTALCOUNT, COVEREDCOUNT, MISSEDCOUNT, COVEREDRATIO, MISSEDRATIO)",
        "minimum=eighty; minimum 'eighty' in --rule 'minimum=eighty' is not a number (expected e.g. 0.80 or 80%)",
        "minimum=1.5; minimum '1.5' in --rule 'minimum=1.5' is outside 0..1 (or 0%..100%)",
        "maximum=101%; maximum '101%' in --rule 'maximum=101%' is outside 0..1 (or 0%..100%)",
        "value=COVEREDCOUNT,minimum=80%; minimum '80%' in --rule 'value=COVEREDCOUNT,minimum=80%' must be a whole number: COVEREDCOUNT is a count",
        "value=MISSEDCOUNT,maximum=2.5; maximum '2.5' in --rule 'value=MISSEDCOUNT,maximum=2.5' must be a whole number: MISSEDCOUNT is a count",
        "minimum=0.9,maximum=0.8; minimum '0.9' is above maximum '0.8' in --rule 'minimum=0.9,maximum=0.8'",
        "minimum=0.9,minimum=0.8; 'minimum' given twice in --rule 'minimum=0.9,minimum=0.8'"
      })
  void should_reject_a_bad_rule_naming_the_bad_part(String spec, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSpec.parse(spec));

    assertEquals(message, e.getMessage());
  }

  @Test
  void should_name_a_rule_of_the_config_file_in_messages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RuleSpec.rule("PACKAGE", List.of(), List.of(), List.of(), "rules[2] in covrun.yaml"));

    assertEquals("no limits in rules[2] in covrun.yaml: give at least one minimum or maximum", e.getMessage());
  }
}
