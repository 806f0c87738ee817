package dev.covrun.runner.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds {@code .feature} files below a directory, or below a resource folder in the test
 * classpath's directories and jars (the first entry holding a path wins, as for a class loader).
 * Each file becomes one unit, sorted by path.
 */
public final class FeatureScanner {
  private static final String SUFFIX = ".feature";

  private FeatureScanner() {}

  /** The feature files at the location, sorted by path relative to it. */
  public static List<FeatureFile> scan(FeatureLocation location, List<Path> testClasspath) throws IOException {
    Map<String, FeatureFile> found = new TreeMap<>();
    if (location instanceof FeatureLocation.Directory directory) {
      readDirectory(directory.dir(), found);
    } else if (location instanceof FeatureLocation.Classpath classpath) {
      for (Path entry : testClasspath) {
        readClasspathEntry(entry, classpath.folder(), found);
      }
    }
    return List.copyOf(found.values());
  }

  private static void readClasspathEntry(Path entry, String folder, Map<String, FeatureFile> found)
      throws IOException {
    if (Files.isDirectory(entry)) {
      Path dir = folder.isEmpty() ? entry : entry.resolve(folder);
      if (Files.isDirectory(dir)) {
        readDirectory(dir, found);
      }
    } else if (Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
      readJar(entry, folder.isEmpty() ? "" : folder + "/", found);
    }
  }

  private static void readDirectory(Path dir, Map<String, FeatureFile> found) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f)).forEach(files::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path file : files) {
      String path = dir.relativize(file).toString().replace('\\', '/');
      if (!found.containsKey(path)) {
        found.put(path, new FeatureFile(path, FeatureTags.leading(Files.readString(file, StandardCharsets.UTF_8))));
      }
    }
  }

  private static void readJar(Path jar, String prefix, Map<String, FeatureFile> found) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        String name = entry.getName();
        String path = name.substring(Math.min(prefix.length(), name.length()));
        if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(SUFFIX) && !found.containsKey(path)) {
          try (InputStream in = zip.getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            found.put(path, new FeatureFile(path, FeatureTags.leading(text)));
          }
        }
      }
    }
  }
}
