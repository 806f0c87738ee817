package dev.covrun.runner.report;

import dev.covrun.merger.MergedExec;
import dev.covrun.report.TaskResults;
import dev.covrun.report.CoverageTotals;
import dev.covrun.report.ReportWriter;
import dev.covrun.report.format.CoberturaReport;
import dev.covrun.report.format.LcovReport;
import dev.covrun.report.format.MarkdownSummary;
import dev.covrun.report.format.SourcePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.data.SessionInfo;

/**
 * Writes every requested format of one analysed bundle; the formats are independent visitors of
 * the same immutable tree, so they are written at the same time, one thread per core. Each file
 * appears atomically.
 */
public final class ReportOutputs {

  /** Writes one format. */
  @FunctionalInterface
  private interface Output {
    void write() throws IOException;
  }

  private ReportOutputs() {}

  /** Writes JaCoCo XML/HTML/CSV, Cobertura, LCOV, the JSON and Markdown summaries as requested. */
  public static void write(
      ReportRequest request, MergedExec merged, IBundleCoverage bundle, Optional<SourcePaths> paths,
      ReportVerdict verdict) throws IOException {
    ReportSettings settings = request.settings();
    ReportWriter jacoco = new ReportWriter(bundle, merged.sessions(), merged.data(), request.sources());
    List<Output> outputs = new ArrayList<>();
    request.html().ifPresent(dir -> outputs.add(() -> jacoco.writeHtml(dir)));
    request.xml().ifPresent(file -> outputs.add(() -> jacoco.writeXml(file)));
    settings.csv().ifPresent(file -> outputs.add(() -> jacoco.writeCsv(file)));
    paths.ifPresent(p -> {
      settings.cobertura().ifPresent(file -> outputs.add(() -> new CoberturaReport(bundle, p, lastDump(merged)).writeTo(file)));
      settings.lcov().ifPresent(file -> outputs.add(() -> new LcovReport(bundle, p).writeTo(file)));
    });
    settings.json().ifPresent(file -> outputs.add(() -> JsonSummary.of(request, merged, bundle, verdict).writeTo(file)));
    runAll(outputs);
    writeMarkdown(request, bundle, verdict);
  }

  private static void writeMarkdown(ReportRequest request, IBundleCoverage bundle, ReportVerdict verdict)
      throws IOException {
    ReportSettings settings = request.settings();
    if (settings.markdown().isEmpty() && settings.stepSummary().isEmpty()) {
      return;
    }
    MarkdownSummary markdown = new MarkdownSummary(request.name(), CoverageTotals.of(bundle),
        verdict.failures(), verdict.warnings(), verdict.ratchet(), verdict.patch(), verdict.advice());
    if (settings.markdown().isPresent()) {
      markdown.writeTo(settings.markdown().get());
    }
    if (settings.stepSummary().isPresent()) {
      Files.writeString(settings.stepSummary().get(), markdown.render(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  private static void runAll(List<Output> outputs) throws IOException {
    if (outputs.size() < 2) {
      for (Output output : outputs) {
        output.write();
      }
      return;
    }
    int threads = Math.min(outputs.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, ReportOutputs::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Output output : outputs) {
        futures.add(pool.submit(() -> {
          output.write();
          return null;
        }));
      }
      for (Future<?> future : futures) {
        await(future);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> future) throws IOException {
    TaskResults.await(future, "writing reports");
  }

  // Cobertura wants a timestamp; the data's own time keeps reports of the same data identical.
  private static long lastDump(MergedExec merged) {
    return merged.sessions().getInfos().stream().mapToLong(SessionInfo::getDumpTimeStamp).max().orElse(0L);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "covrun-report");
    thread.setDaemon(true);
    return thread;
  }
}
