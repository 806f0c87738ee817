package dev.covrun.report.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

/**
 * Where each source file of a bundle is, relative to a source root (usually the repository root),
 * as Codecov, Coveralls and GitLab match Cobertura and LCOV paths to repository files. A file not
 * found under any {@code --sources} directory inside the root keeps its package path, and is
 * counted, because that is the classic reason an upload silently shows 0%.
 */
public final class SourcePaths {

  private final Path sourceRoot;
  private final List<Path> sourceDirs;
  private final Map<String, String> resolved;
  private final List<String> missing;

  private SourcePaths(
      Path sourceRoot, List<Path> sourceDirs, Map<String, String> resolved, List<String> missing) {
    this.sourceRoot = sourceRoot;
    this.sourceDirs = sourceDirs;
    this.resolved = resolved;
    this.missing = missing;
  }

  /** Looks up every source file of {@code bundle} in {@code sourceDirs}. */
  public static SourcePaths resolve(IBundleCoverage bundle, List<Path> sourceDirs, Path sourceRoot) {
    Path root = sourceRoot.toAbsolutePath().normalize();
    List<Path> dirs = sourceDirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
    Map<String, String> resolved = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (IPackageCoverage pkg : bundle.getPackages()) {
      for (ISourceFileCoverage source : pkg.getSourceFiles()) {
        String key = key(pkg.getName(), source.getName());
        find(key, dirs, root).ifPresentOrElse(p -> resolved.put(key, p), () -> missing.add(key));
      }
    }
    missing.sort(null);
    return new SourcePaths(root, dirs, resolved, missing);
  }

  /** The source root the paths are relative to. */
  public Path sourceRoot() {
    return sourceRoot;
  }

  /** The path of a source file relative to the source root, or its package path if not found. */
  public String pathOf(String packageName, String fileName) {
    String key = key(packageName, fileName);
    return resolved.getOrDefault(key, key);
  }

  /** Source files that were not found (package paths, sorted). */
  public List<String> missing() {
    return List.copyOf(missing);
  }

  /** One-line warnings when source files do not resolve; empty when all do. */
  public List<String> warnings() {
    if (missing.isEmpty()) {
      return List.of();
    }
    List<String> warnings = new ArrayList<>();
    sourceDirs.stream()
        .filter(dir -> !dir.startsWith(sourceRoot))
        .forEach(dir -> warnings.add("--sources %s is outside --source-root %s".formatted(dir, sourceRoot)));
    warnings.add(resolved.isEmpty() ? noneFound() : someMissing());
    return warnings;
  }

  private String noneFound() {
    String where =
        sourceDirs.isEmpty() ? "no --sources given" : "none found under --sources " + sourceDirs;
    return ("no source file of the report resolves (%s): Cobertura and LCOV name the %d files by"
            + " package path (e.g. %s), which Codecov, Coveralls and GitLab do not match to the"
            + " repository, so the upload shows 0%%")
        .formatted(where, missing.size(), missing.get(0));
  }

  private String someMissing() {
    return "%d of %d source files not found under --sources inside --source-root %s (e.g. %s); they keep their package path"
        .formatted(missing.size(), missing.size() + resolved.size(), sourceRoot, missing.get(0));
  }

  private static Optional<String> find(String key, List<Path> dirs, Path root) {
    for (Path dir : dirs) {
      Path file = dir.resolve(key);
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        return Optional.of(relative(root, file));
      }
    }
    return Optional.empty();
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String key(String packageName, String fileName) {
    return packageName.isEmpty() ? fileName : packageName + "/" + fileName;
  }
}
