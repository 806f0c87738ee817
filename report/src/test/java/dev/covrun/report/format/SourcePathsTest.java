package dev.covrun.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePathsTest {

  private static final String PACKAGE = "dev/covrun/report/sample";
  private static final String PACKAGE_PATH = PACKAGE + "/Grader.java";

  @TempDir Path tmp;

  private IBundleCoverage bundle;

  @BeforeEach
  void analyse() throws Exception {
    bundle = SampleBundle.analyse(tmp);
  }

  @Test
  void should_give_the_path_relative_to_the_source_root_when_the_file_is_found() {
    SourcePaths paths = SampleBundle.resolvedPaths(bundle);

    assertEquals(SampleBundle.SOURCE_PATH, paths.pathOf(PACKAGE, "Grader.java"));
    assertEquals(List.of(), paths.missing());
    assertEquals(List.of(), paths.warnings());
  }

  @Test
  void should_say_that_nothing_resolves_when_no_sources_are_given() {
    SourcePaths paths = SourcePaths.resolve(bundle, List.of(), tmp);

    assertEquals(PACKAGE_PATH, paths.pathOf(PACKAGE, "Grader.java"));
    assertEquals(
        List.of(
            "no source file of the report resolves (no --sources given): Cobertura and LCOV name"
                + " the 1 files by package path (e.g. " + PACKAGE_PATH + "), which Codecov,"
                + " Coveralls and GitLab do not match to the repository, so the upload shows 0%"),
        paths.warnings());
  }

  @Test
  void should_name_the_source_directories_when_none_holds_a_source_file() throws Exception {
    Path wrong = Files.createDirectories(tmp.resolve("src/main/java"));

    SourcePaths paths = SourcePaths.resolve(bundle, List.of(wrong), tmp);

    assertEquals(
        List.of(
            "no source file of the report resolves (none found under --sources [" + wrong
                + "]): Cobertura and LCOV name the 1 files by package path (e.g. " + PACKAGE_PATH
                + "), which Codecov, Coveralls and GitLab do not match to the repository, so the"
                + " upload shows 0%"),
        paths.warnings());
  }

  @Test
  void should_not_resolve_sources_outside_the_source_root() {
    Path root = tmp.resolve("repo");

    SourcePaths paths = SourcePaths.resolve(bundle, List.of(SampleBundle.SOURCES), root);

    assertEquals(PACKAGE_PATH, paths.pathOf(PACKAGE, "Grader.java"));
    assertEquals(
        "--sources " + SampleBundle.SOURCES + " is outside --source-root " + root,
        paths.warnings().get(0));
    assertEquals(2, paths.warnings().size());
  }

  @Test
  void should_count_the_missing_files_when_some_resolve() throws Exception {
    Path root = tmp.resolve("repo");
    Path sources = root.resolve("src");
    Files.createDirectories(sources.resolve(PACKAGE));
    Files.writeString(sources.resolve(PACKAGE_PATH), "class Grader {}");
    Path otherClasses = tmp.resolve("other");
    Path otherClass = otherClasses.resolve("dev/covrun/report/format/SampleBundle.class");
    Files.createDirectories(otherClass.getParent());
    Files.copy(Path.of("target/test-classes/dev/covrun/report/format/SampleBundle.class"), otherClass);
    IBundleCoverage two =
        dev.covrun.report.CoverageAnalysis.analyze(
            "two",
            new org.jacoco.core.data.ExecutionDataStore(),
            List.of(tmp.resolve("classes"), otherClasses));

    SourcePaths paths = SourcePaths.resolve(two, List.of(sources), root);

    assertEquals("src/" + PACKAGE_PATH, paths.pathOf(PACKAGE, "Grader.java"));
    assertEquals(List.of("dev/covrun/report/format/SampleBundle.java"), paths.missing());
    assertEquals(
        List.of(
            "1 of 2 source files not found under --sources inside --source-root " + root
                + " (e.g. dev/covrun/report/format/SampleBundle.java); they keep their package path"),
        paths.warnings());
  }
}
