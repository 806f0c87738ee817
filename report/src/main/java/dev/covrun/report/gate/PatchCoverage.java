package dev.covrun.report.gate;

import dev.covrun.report.CounterValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ILine;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

/**
 * Maps the changed lines of a diff onto the report's source files. A changed file is a source of
 * the report when its path ends with the source's package path ({@code org/acme/Order.java}) and,
 * when source directories are given, lies in one of them.
 */
public final class PatchCoverage {

  private final Map<String, ISourceFileCoverage> sources = new HashMap<>();
  private final Path repoRoot;
  private final List<Path> sourceDirs;

  private PatchCoverage(IBundleCoverage bundle, Path repoRoot, List<Path> sourceDirs) {
    this.repoRoot = repoRoot.toAbsolutePath().normalize();
    this.sourceDirs = sourceDirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
    for (IPackageCoverage pkg : bundle.getPackages()) {
      for (ISourceFileCoverage source : pkg.getSourceFiles()) {
        sources.put(pkg.getName().isEmpty() ? source.getName() : pkg.getName() + "/" + source.getName(), source);
      }
    }
  }

  /** The patch coverage of {@code changes} (paths relative to {@code repoRoot}). */
  public static PatchReport of(
      IBundleCoverage bundle, ChangedLines changes, Path repoRoot, List<Path> sourceDirs) {
    PatchCoverage patch = new PatchCoverage(bundle, repoRoot, sourceDirs);
    List<FilePatch> files = new ArrayList<>();
    changes.byFile().forEach((file, lines) ->
        patch.sourceOf(file).ifPresent(source -> files.add(filePatchOf(file, source, lines))));
    return new PatchReport(files, changes.byFile().size(), changes.lineCount());
  }

  private Optional<ISourceFileCoverage> sourceOf(String file) {
    Path absolute = repoRoot.resolve(file).normalize();
    if (!sourceDirs.isEmpty() && sourceDirs.stream().noneMatch(absolute::startsWith)) {
      return Optional.empty();
    }
    String suffix = file;
    while (true) {
      ISourceFileCoverage source = sources.get(suffix);
      int slash = suffix.indexOf('/');
      if (source != null || slash < 0) {
        return Optional.ofNullable(source);
      }
      suffix = suffix.substring(slash + 1);
    }
  }

  private static FilePatch filePatchOf(String file, ISourceFileCoverage source, SortedSet<Integer> lines) {
    List<Integer> covered = new ArrayList<>();
    List<Integer> missed = new ArrayList<>();
    long[] counts = new long[4];
    for (int nr : lines) {
      ILine line = source.getLine(nr);
      if (line.getStatus() == ICounter.EMPTY) {
        continue;
      }
      (line.getInstructionCounter().getCoveredCount() > 0 ? covered : missed).add(nr);
      counts[0] += line.getBranchCounter().getCoveredCount();
      counts[1] += line.getBranchCounter().getMissedCount();
      counts[2] += line.getInstructionCounter().getCoveredCount();
      counts[3] += line.getInstructionCounter().getMissedCount();
    }
    return new FilePatch(file, lines.size(), covered, missed,
        new CounterValue(counts[0], counts[1]), new CounterValue(counts[2], counts[3]));
  }
}
