package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitsFileTest {
  @TempDir Path dir;

  @Test
  void should_read_one_class_unit_per_non_blank_line() throws IOException, WorkerException {
    Path file = dir.resolve("units.txt");
    Files.writeString(file, "a.FirstTest\n\n  b.SecondTest  \r\n\t\n");

    List<Unit> units = UnitsFile.read(file);

    assertEquals(List.of(new ClassUnit("a.FirstTest"), new ClassUnit("b.SecondTest")), units);
  }

  @Test
  void should_select_the_named_class() {
    assertEquals(selectClass("a.FirstTest"), Unit.parse("a.FirstTest").selector());
  }

  @Test
  void should_tell_whether_the_class_exists() {
    ClassLoader loader = getClass().getClassLoader();

    assertEquals(true, Unit.parse(UnitsFileTest.class.getName()).exists(loader));
    assertEquals(false, Unit.parse("com.example.Missing").exists(loader));
  }
}
