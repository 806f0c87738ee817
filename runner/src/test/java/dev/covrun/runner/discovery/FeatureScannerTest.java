package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureScannerTest {
  @TempDir Path dir;

  @Test
  void should_find_feature_files_below_a_directory_sorted_by_relative_path() throws IOException {
    write(dir.resolve("features/orders/pay.feature"), "@covrun-group:db\nFeature: Pay\n");
    write(dir.resolve("features/cart.feature"), "Feature: Cart\n");
    write(dir.resolve("features/notes.txt"), "not a feature");

    List<FeatureFile> found = FeatureScanner.scan(new FeatureLocation.Directory(dir.resolve("features")), List.of());

    assertEquals(
        List.of(new FeatureFile("cart.feature", Set.of()), new FeatureFile("orders/pay.feature", Set.of("covrun-group:db"))),
        found);
  }

  @Test
  void should_find_classpath_features_in_directories_and_jars_first_entry_winning() throws IOException {
    Path classes = dir.resolve("test-classes");
    write(classes.resolve("features/a.feature"), "@first\nFeature: A\n");
    write(classes.resolve("other/b.feature"), "Feature: B\n");
    Path jar = dir.resolve("lib.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      entry(zip, "features/a.feature", "@second\nFeature: A\n");
      entry(zip, "features/deep/c.feature", "Feature: C\n");
      entry(zip, "featuresX/d.feature", "Feature: D\n");
    }

    List<FeatureFile> found =
        FeatureScanner.scan(FeatureLocation.parse("classpath:/features/", dir), List.of(classes, jar, dir.resolve("gone")));

    assertEquals(
        List.of(new FeatureFile("a.feature", Set.of("first")), new FeatureFile("deep/c.feature", Set.of())), found);
  }

  @Test
  void should_find_nothing_in_a_directory_without_feature_files() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(List.of(), FeatureScanner.scan(new FeatureLocation.Directory(dir.resolve("empty")), List.of()));
  }

  @Test
  void should_give_the_worker_an_absolute_directory_or_the_classpath_folder() {
    assertEquals(dir.resolve("f").toString(), FeatureLocation.parse("f", dir).workerArgument());
    assertEquals("classpath:features/orders", FeatureLocation.parse(" classpath:/features/orders/ ", dir).workerArgument());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream out = zip;
    out.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
