package dev.covrun.runner.junit;

import dev.covrun.report.AtomicOutput;
import dev.covrun.runner.chunk.RunLayout;
import dev.covrun.runner.dist.Attempt;
import dev.covrun.runner.dist.UnitVerdict;
import dev.covrun.worker.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes OUT/junit/ for the whole run, atomically: for every unit that ran, the report of its last
 * attempt (a flaky unit's passing report with the earlier failures marked), or an error report
 * when its JVM died, hung or was stopped. The chunks keep the reports as their workers wrote them.
 */
public final class JunitMerge {
  private JunitMerge() {}

  /** Returns the number of report files written. */
  public static int write(RunLayout layout, Collection<UnitVerdict> verdicts) throws IOException {
    int[] written = {0};
    AtomicOutput.writeDirectory(
        layout.junitDir(),
        dir -> {
          for (UnitVerdict verdict : verdicts) {
            written[0] += writeUnit(layout, verdict, dir);
          }
        });
    return written[0];
  }

  private static int writeUnit(RunLayout layout, UnitVerdict verdict, Path dir) throws IOException {
    switch (verdict.verdict()) {
      case NOT_RUN:
        return 0;
      case CRASHED:
      case TIMED_OUT:
      case KILLED:
        XmlFiles.write(CrashReport.of(verdict), dir.resolve(fileName(verdict.unit())));
        return 1;
      default:
        return copyLast(layout, verdict, dir);
    }
  }

  private static int copyLast(RunLayout layout, UnitVerdict verdict, Path dir) throws IOException {
    Attempt last = verdict.last().orElseThrow();
    List<Path> reports = UnitReportFiles.of(layout.chunkJunit(last.worker()), verdict.unit());
    for (Path report : reports) {
      Path target = dir.resolve(report.getFileName().toString());
      if (verdict.verdict() == UnitVerdict.Verdict.FLAKY) {
        XmlFiles.write(flaky(layout, verdict, XmlFiles.read(report)), target);
      } else {
        Files.copy(report, target);
      }
    }
    return reports.size();
  }

  private static Document flaky(RunLayout layout, UnitVerdict verdict, Document passing) throws IOException {
    List<Attempt> earlier = verdict.attempts().subList(0, verdict.attempts().size() - 1);
    for (Attempt attempt : earlier) {
      if (attempt.result().brokeJvm()) {
        FlakyMarks.markBrokenJvm(passing, attempt.detail());
      } else if (attempt.result() == Attempt.Result.FAILED) {
        for (Path report : UnitReportFiles.of(layout.chunkJunit(attempt.worker()), verdict.unit())) {
          Map<String, List<Element>> failures = FlakyMarks.failures(XmlFiles.read(report));
          FlakyMarks.mark(passing, failures);
        }
      }
    }
    return passing;
  }

  private static String fileName(String unit) {
    return ReportFiles.PREFIX + ReportFiles.stem(unit) + ReportFiles.SUFFIX;
  }
}
