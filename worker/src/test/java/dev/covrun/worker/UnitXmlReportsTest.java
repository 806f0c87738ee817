package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitXmlReportsTest {
  private static final Unit UNIT = Unit.parse("a.SomeTest");

  @TempDir Path dir;

  @Test
  void should_suffix_engine_ids_when_several_engines_reported() throws Exception {
    UnitXmlReports reports = reportsWith("junit-jupiter", "junit-vintage");

    reports.publish(Set.of("junit-jupiter", "junit-vintage"));

    assertEquals(
        List.of("TEST-a.SomeTest-junit-jupiter.xml", "TEST-a.SomeTest-junit-vintage.xml"), files());
  }

  @Test
  void should_drop_reports_of_engines_without_results() throws Exception {
    UnitXmlReports reports = reportsWith("junit-jupiter", "junit-vintage");

    reports.publish(Set.of("junit-jupiter"));

    assertEquals(List.of("TEST-a.SomeTest.xml"), files());
  }

  @Test
  void should_replace_characters_unsafe_in_file_names() {
    assertEquals("TEST-a.B_m_int_", "TEST-" + UnitXmlReports.fileStem(Unit.parse("a.B#m(int)")));
  }

  private UnitXmlReports reportsWith(String... engines) throws Exception {
    UnitXmlReports reports = UnitXmlReports.create(dir, UNIT);
    Path scratch;
    try (Stream<Path> children = Files.list(dir)) {
      scratch = children.findFirst().orElseThrow();
    }
    for (String engine : engines) {
      Files.writeString(scratch.resolve("TEST-" + engine + ".xml"), "<testsuite/>");
    }
    return reports;
  }

  private List<String> files() throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }
}
