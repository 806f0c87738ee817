package dev.covrun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassIdCheckTest {

  @TempDir Path tmp;

  @Test
  void should_report_data_recorded_for_another_build_of_a_class_by_name_and_count()
      throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();
    Path classes = tmp.resolve("classes");
    Files.createDirectories(classes.resolve(InstrumentedRun.CLASS_FILE).getParent());
    Files.write(classes.resolve(InstrumentedRun.CLASS_FILE), OtherBuild.of(InstrumentedRun.originalBytes()));
    IBundleCoverage bundle = CoverageAnalysis.analyze("stale", run.data(), List.of(classes));

    ClassIdCheck check = ClassIdCheck.of(bundle, run.data());

    ExecutionData recorded = run.data().getContents().iterator().next();
    int hits = hitProbes(recorded);
    assertTrue(hits > 0);
    assertEquals(1, check.mismatches().size());
    ClassIdMismatch mismatch = check.mismatches().get(0);
    assertEquals("dev/covrun/report/sample/Grader", mismatch.className());
    assertEquals(recorded.getId(), mismatch.dataId());
    assertEquals(hits, mismatch.hitProbes());
    assertEquals(
        List.of(
            "execution data for 1 classes does not match their class files in --classes (class id"
                + " differs: a stale build, another compiler, or an agent instrumenting before"
                + " JaCoCo), so it is not counted and they show as not covered:"
                + " dev.covrun.report.sample.Grader ("
                + hits
                + " probes hit)"),
        check.warnings());
    assertEquals(new CounterValue(0, 7), CoverageTotals.of(bundle).counter(CounterType.LINE));
  }

  @Test
  void should_report_nothing_when_the_ids_match() throws Exception {
    InstrumentedRun run = InstrumentedRun.gradeNinetyFive();
    IBundleCoverage bundle =
        CoverageAnalysis.analyze("ok", run.data(), List.of(InstrumentedRun.classRoot(tmp)));

    ClassIdCheck check = ClassIdCheck.of(bundle, run.data());

    assertEquals(List.of(), check.mismatches());
    assertEquals(List.of(), check.warnings());
    assertEquals(1, check.matchedClasses());
  }

  @Test
  void should_say_so_when_no_class_of_the_data_is_in_the_classes() throws Exception {
    ExecutionDataStore foreign = new ExecutionDataStore();
    foreign.put(new ExecutionData(42L, "org/other/Thing", new boolean[] {true}));
    IBundleCoverage bundle =
        CoverageAnalysis.analyze("none", foreign, List.of(InstrumentedRun.classRoot(tmp)));

    ClassIdCheck check = ClassIdCheck.of(bundle, foreign);

    assertTrue(check.nothingMatched());
    assertEquals(
        List.of(
            "none of the 1 classes in the exec data is among the classes in --classes: the report"
                + " shows 0%; do the exec files and --classes come from the same project?"),
        check.warnings());
  }

  @Test
  void should_list_ten_names_and_count_the_rest() {
    List<ClassIdMismatch> many =
        java.util.stream.IntStream.range(0, 12)
            .mapToObj(i -> new ClassIdMismatch("p/C" + (char) ('a' + i), i, 100 + i, 1))
            .toList();

    String warning = new ClassIdCheck(many, 12, 0).warnings().get(0);

    assertTrue(warning.startsWith("execution data for 12 classes"), warning);
    assertTrue(warning.endsWith("p.Cj (1 probes hit), and 2 more"), warning);
    assertFalse(warning.contains("p.Ck"), warning);
  }

  private static int hitProbes(ExecutionData data) {
    int hits = 0;
    for (boolean probe : data.getProbes()) {
      hits += probe ? 1 : 0;
    }
    return hits;
  }
}
