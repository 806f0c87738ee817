package dev.covrun.runner.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.covrun.merger.MergedExec;
import dev.covrun.merger.SessionSource;
import dev.covrun.report.AtomicOutput;
import dev.covrun.report.CounterType;
import dev.covrun.report.CounterValue;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.gate.CounterChange;
import dev.covrun.report.gate.PatchReport;
import dev.covrun.report.gate.RatchetReport;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IPackageCoverage;

/**
 * The {@code --json} summary: totals (the same {@code coverage} shape as summary.json, so either
 * can be a {@code --baseline}), per-package counters, every session with the exec file it came
 * from, the gate's verdict, the ratchet and patch coverage. Field order is fixed.
 */
@JsonPropertyOrder(alphabetic = false)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonSummary(
    String name,
    boolean passed,
    boolean partial,
    Map<String, Counter> coverage,
    Map<String, Map<String, Counter>> packages,
    List<String> failures,
    List<String> warnings,
    List<Session> sessions,
    List<Skipped> skipped,
    Ratchet ratchet,
    Patch patch) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One counter; ratio is null when there are no items. */
  public record Counter(long covered, long missed, long total, Double ratio) {
    static Counter of(CounterValue value) {
      return new Counter(value.covered(), value.missed(), value.total(), value.total() == 0 ? null : value.ratio());
    }
  }

  /** A JaCoCo session (e.g. covrun-chunk-3) and the exec file it was read from. */
  public record Session(String id, String start, String dump, String file) {}

  /** An exec file left out under --skip-bad and why. */
  public record Skipped(String file, String problem) {}

  /** The ratchet: per counter the baseline and current ratio and the change. */
  public record Ratchet(double tolerance, List<Change> changes) {}

  /** One counter against the baseline. */
  public record Change(String counter, double baseline, double now, double delta) {}

  /** Patch coverage over the changed lines. */
  public record Patch(int changedFiles, int changedLines, Counter lines, Counter branches, List<PatchFile> files) {}

  /** One changed source file: covered and missed changed lines. */
  public record PatchFile(String path, List<Integer> covered, List<Integer> missed) {}

  /** Builds the summary of one report. */
  static JsonSummary of(ReportRequest request, MergedExec merged, IBundleCoverage bundle, ReportVerdict verdict) {
    return new JsonSummary(
        request.name(),
        verdict.failures().isEmpty(),
        merged.partial(),
        counters(CoverageTotals.of(bundle)),
        packages(bundle),
        verdict.failures(),
        verdict.warnings(),
        merged.sessionSources().stream()
            .sorted(Comparator.comparingLong((SessionSource s) -> s.session().getStartTimeStamp())
                .thenComparing(s -> s.session().getId()))
            .map(JsonSummary::session).toList(),
        merged.skipped().stream().map(s -> new Skipped(s.file().toString(), s.problem())).toList(),
        verdict.ratchet().map(JsonSummary::ratchet).orElse(null),
        verdict.patch().map(JsonSummary::patch).orElse(null));
  }

  /** Writes the summary atomically. */
  void writeTo(Path file) throws IOException {
    AtomicOutput.writeFile(file, out -> JSON.writeValue(new NonClosing(out), this));
  }

  private static Map<String, Counter> counters(CoverageTotals totals) {
    Map<String, Counter> counters = new LinkedHashMap<>();
    totals.counters().forEach((type, value) -> counters.put(type.name(), Counter.of(value)));
    return counters;
  }

  private static Map<String, Map<String, Counter>> packages(IBundleCoverage bundle) {
    Map<String, Map<String, Counter>> packages = new LinkedHashMap<>();
    bundle.getPackages().stream()
        .sorted(Comparator.comparing(IPackageCoverage::getName))
        .forEach(p -> packages.put(p.getName().replace('/', '.'), counters(CoverageTotals.of(p))));
    return packages;
  }

  private static Session session(SessionSource source) {
    return new Session(
        source.session().getId(),
        Instant.ofEpochMilli(source.session().getStartTimeStamp()).toString(),
        Instant.ofEpochMilli(source.session().getDumpTimeStamp()).toString(),
        source.file().toString());
  }

  private static Ratchet ratchet(RatchetReport report) {
    return new Ratchet(
        report.tolerance().doubleValue(),
        report.changes().stream().map(JsonSummary::change).toList());
  }

  private static Change change(CounterChange change) {
    return new Change(change.counter().name(), change.beforeRatio().doubleValue(),
        change.afterRatio().doubleValue(), change.delta().doubleValue());
  }

  private static Patch patch(PatchReport report) {
    return new Patch(
        report.changedFiles(),
        report.changedLines(),
        Counter.of(report.total(CounterType.LINE)),
        Counter.of(report.total(CounterType.BRANCH)),
        report.files().stream().map(f -> new PatchFile(f.path(), f.coveredLines(), f.missedLines())).toList());
  }

  /** Jackson closes the stream it writes to; the atomic writer closes it itself. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
