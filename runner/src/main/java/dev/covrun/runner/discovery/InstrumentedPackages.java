package dev.covrun.runner.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The JaCoCo agent {@code includes} for a run: the packages of the classes the report covers.
 * Instrumenting JUnit, drivers and other libraries costs test-JVM CPU and shows in no report.
 */
public final class InstrumentedPackages {
  /** Every class, for class roots that have classes in the default package. */
  public static final String EVERYTHING = "*";

  private InstrumentedPackages() {}

  /** A colon-separated includes pattern such as {@code org.acme.*:com.other.*}. */
  public static String includesFor(List<Path> classRoots) throws IOException {
    TreeSet<String> packages = new TreeSet<>();
    for (Path root : classRoots) {
      packages.addAll(Files.isDirectory(root) ? packagesInDirectory(root) : packagesInJar(root));
    }
    if (packages.isEmpty() || packages.contains("")) {
      return EVERYTHING;
    }
    return outermost(packages).stream().map(p -> p + ".*").collect(Collectors.joining(":"));
  }

  /** Drops packages already covered by an enclosing one ({@code a.*} covers {@code a.b}). */
  static List<String> outermost(TreeSet<String> packages) {
    TreeSet<String> kept = new TreeSet<>();
    for (String candidate : packages) {
      boolean covered = kept.stream().anyMatch(p -> candidate.startsWith(p + "."));
      if (!covered) {
        kept.add(candidate);
      }
    }
    return List.copyOf(kept);
  }

  private static List<String> packagesInDirectory(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .filter(InstrumentedPackages::isClassFile)
          .map(InstrumentedPackages::packageOf)
          .distinct()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<String> packagesInJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return Collections.list(zip.entries()).stream()
          .map(ZipEntry::getName)
          .filter(InstrumentedPackages::isClassFile)
          .map(InstrumentedPackages::packageOf)
          .distinct()
          .toList();
    }
  }

  private static boolean isClassFile(String path) {
    return path.endsWith(".class")
        && !path.startsWith("META-INF/")
        && !path.endsWith("module-info.class");
  }

  private static String packageOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
  }
}
