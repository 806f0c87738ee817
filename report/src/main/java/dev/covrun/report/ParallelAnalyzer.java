package dev.covrun.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Analyses class files on several threads while one thread reads them, with a bounded number of
 * batches in flight so memory stays flat. Each batch gets its own JaCoCo {@link Analyzer}; the
 * execution data is only read.
 */
final class ParallelAnalyzer {

  private static final int BATCH_CLASSES = 64;

  private final ExecutionDataStore data;
  private final ExecutorService pool;
  private final Semaphore inFlight;
  private final List<Future<List<AnalysedClass>>> batches = new ArrayList<>();
  private List<ClassFile> batch = new ArrayList<>();

  private ParallelAnalyzer(ExecutionDataStore data, ExecutorService pool, int threads) {
    this.data = data;
    this.pool = pool;
    this.inFlight = new Semaphore(threads * 2);
  }

  /** Every class file under the roots, analysed, in the order the files were found. */
  static List<AnalysedClass> analyze(
      ExecutionDataStore data, List<Path> roots, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelAnalyzer::daemon);
    try {
      ParallelAnalyzer analyzer = new ParallelAnalyzer(data, pool, threads);
      ClassFileSource.readAll(roots, analyzer::add);
      analyzer.submitBatch();
      return analyzer.results();
    } finally {
      pool.shutdownNow();
    }
  }

  private void add(ClassFile file) throws IOException {
    batch.add(file);
    if (batch.size() == BATCH_CLASSES) {
      submitBatch();
    }
  }

  private void submitBatch() throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<ClassFile> files = batch;
    batch = new ArrayList<>();
    acquireSlot();
    batches.add(pool.submit(() -> analyzeReleasing(files)));
  }

  private void acquireSlot() throws IOException {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while analysing classes");
    }
  }

  private List<AnalysedClass> analyzeReleasing(List<ClassFile> files) throws IOException {
    try {
      return analyzeBatch(files);
    } finally {
      inFlight.release();
    }
  }

  private List<AnalysedClass> analyzeBatch(List<ClassFile> files) throws IOException {
    List<AnalysedClass> analysed = new ArrayList<>(files.size());
    ClassFile[] current = new ClassFile[1];
    Analyzer analyzer =
        new Analyzer(data, coverage -> analysed.add(new AnalysedClass(coverage, current[0])));
    for (ClassFile file : files) {
      current[0] = file;
      try {
        analyzer.analyzeClass(file.bytes(), file.origin());
      } catch (IOException e) {
        throw new BadReportInputException(
            file.root(), "cannot analyse classes (" + describe(e) + ")", e);
      }
    }
    return analysed;
  }

  private List<AnalysedClass> results() throws IOException {
    List<AnalysedClass> all = new ArrayList<>();
    for (Future<List<AnalysedClass>> future : batches) {
      all.addAll(TaskResults.await(future, "analysing classes"));
    }
    return all;
  }

  static String describe(Throwable e) {
    String message = String.valueOf(e.getMessage()).replaceFirst("\\.$", "");
    if (e.getCause() != null && e.getCause() != e) {
      message += ": " + e.getCause().getMessage();
    }
    return message.replaceAll("\\s+", " ").trim();
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "covrun-analysis");
    thread.setDaemon(true);
    return thread;
  }
}
