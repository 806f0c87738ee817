package dev.covrun.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.report.FileMultiReportOutput;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.ISourceFileLocator;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.html.HTMLFormatter;

/**
 * Writes JaCoCo's HTML report on several threads, byte for byte what one {@link HTMLFormatter}
 * writes. JaCoCo renders page by page on one thread; here one formatter writes the report's index
 * from the packages' totals alone while others each write a group of packages with their class
 * and source pages. Their package folders move into place, and their sessions pages, each
 * linking the classes it rendered, combine into the one a single formatter writes.
 */
final class ParallelHtml {

  private static final String ENCODING = "UTF-8";
  private static final String SESSIONS_PAGE = "jacoco-sessions.html";

  private final IBundleCoverage bundle;
  private final SessionInfoStore sessions;
  private final ExecutionDataStore data;
  private final ISourceFileLocator sources;

  ParallelHtml(IBundleCoverage bundle, SessionInfoStore sessions, ExecutionDataStore data, ISourceFileLocator sources) {
    this.bundle = bundle;
    this.sessions = sessions;
    this.data = data;
    this.sources = sources;
  }

  /** Writes the report into the empty directory {@code dir} using up to {@code threads} threads. */
  void writeInto(Path dir, int threads) throws IOException {
    List<List<IPackageCoverage>> groups = groups(Math.max(1, threads));
    if (groups.size() < 2) {
      render(bundle, sources, dir);
      return;
    }
    List<Path> partDirs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelHtml::daemon);
    try {
      List<Future<Path>> parts = new ArrayList<>();
      Future<Path> skeleton = pool.submit(() -> render(indexOnly(), new MultiSourceFileLocator(0), dir));
      for (List<IPackageCoverage> group : groups) {
        Path partDir = Files.createTempDirectory(dir.getParent(), ".html-part");
        partDirs.add(partDir);
        parts.add(pool.submit(() -> render(new PackageSubset(bundle.getName(), group), sources, partDir)));
      }
      await(skeleton);
      List<String> sessionsPages = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        Path part = await(parts.get(i));
        sessionsPages.add(Files.readString(part.resolve(SESSIONS_PAGE), StandardCharsets.UTF_8));
        moveFolders(groups.get(i), part, dir);
      }
      Files.writeString(dir.resolve(SESSIONS_PAGE), SessionsPages.combine(sessionsPages), StandardCharsets.UTF_8);
    } finally {
      pool.shutdownNow();
      for (Path partDir : partDirs) {
        FileTrees.deleteIfExists(partDir);
      }
    }
  }

  // Largest packages first, each to the group with the least work so far (lines stand for work).
  private List<List<IPackageCoverage>> groups(int count) {
    List<IPackageCoverage> packages = bundle.getPackages().stream()
        .sorted(Comparator.comparingInt(ParallelHtml::work).reversed().thenComparing(IPackageCoverage::getName))
        .toList();
    int size = Math.min(count, packages.size());
    List<List<IPackageCoverage>> groups = new ArrayList<>();
    long[] load = new long[size];
    for (int i = 0; i < size; i++) {
      groups.add(new ArrayList<>());
    }
    for (IPackageCoverage pkg : packages) {
      int least = 0;
      for (int i = 1; i < size; i++) {
        least = load[i] < load[least] ? i : least;
      }
      groups.get(least).add(pkg);
      load[least] += work(pkg);
    }
    return groups;
  }

  private IBundleCoverage indexOnly() {
    return new PackageSubset(bundle.getName(),
        bundle.getPackages().stream().<IPackageCoverage>map(ShallowPackage::new).toList());
  }

  private static int work(IPackageCoverage pkg) {
    return pkg.getLineCounter().getTotalCount() + pkg.getClassCounter().getTotalCount();
  }

  private Path render(IBundleCoverage what, ISourceFileLocator locator, Path into) throws IOException {
    HTMLFormatter formatter = new HTMLFormatter();
    formatter.setOutputEncoding(ENCODING);
    formatter.setLocale(Locale.ENGLISH);
    IReportVisitor visitor = formatter.createVisitor(new FileMultiReportOutput(into.toFile()));
    visitor.visitInfo(sessions.getInfos(), data.getContents());
    visitor.visitBundle(what, locator);
    visitor.visitEnd();
    return into;
  }

  // JaCoCo's BundlePage names a package's folder by its dotted name, "default" for the unnamed one.
  private static void moveFolders(List<IPackageCoverage> group, Path part, Path dir) throws IOException {
    for (IPackageCoverage pkg : group) {
      String folder = pkg.getName().isEmpty() ? "default" : pkg.getName().replace('/', '.');
      FileTrees.deleteIfExists(dir.resolve(folder));
      Files.move(part.resolve(folder), dir.resolve(folder), StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static Path await(Future<Path> future) throws IOException {
    return TaskResults.await(future, "writing the HTML report");
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "covrun-html");
    thread.setDaemon(true);
    return thread;
  }
}
