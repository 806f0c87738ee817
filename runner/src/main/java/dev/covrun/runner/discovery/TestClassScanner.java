package dev.covrun.runner.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds runnable test classes in directories and jars: top-level, concrete classes whose path
 * passes the filter, with their JUnit tags. Nested classes are left to the engines, which run
 * them through their outer class.
 */
public final class TestClassScanner {
  private final ClassFilter filter;

  public TestClassScanner(ClassFilter filter) {
    this.filter = filter;
  }

  /** Binary names of the selected classes in all roots, sorted and without duplicates. */
  public List<String> scan(List<Path> roots) throws IOException {
    return scanClasses(roots).stream().map(TestClass::name).toList();
  }

  /** The selected classes with their tags, sorted by name. */
  public List<TestClass> scanClasses(List<Path> roots) throws IOException {
    Map<String, ClassHeader> headers = new HashMap<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        readDirectory(root, headers);
      } else {
        readJar(root, headers);
      }
    }
    return headers.values().stream()
        .filter(ClassHeader::isConcrete)
        .filter(h -> filter.accepts(h.name().replace('.', '/')))
        .map(h -> new TestClass(h.name(), inheritedTags(h, headers)))
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  /** JUnit's @Tag is @Inherited: collect tags up the superclass chain found in the roots. */
  private static Set<String> inheritedTags(ClassHeader header, Map<String, ClassHeader> headers) {
    Set<String> tags = new LinkedHashSet<>();
    for (ClassHeader h = header; h != null; h = h.superName() == null ? null : headers.get(h.superName())) {
      tags.addAll(h.tags());
    }
    return tags;
  }

  private static void readDirectory(Path root, Map<String, ClassHeader> headers) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(f -> isTopLevelClass(root.relativize(f).toString().replace('\\', '/'))).forEach(files::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path file : files) {
      add(Files.readAllBytes(file), headers);
    }
  }

  private static void readJar(Path jar, Map<String, ClassHeader> headers) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.isDirectory() && isTopLevelClass(entry.getName())) {
          try (InputStream in = zip.getInputStream(entry)) {
            add(in.readAllBytes(), headers);
          }
        }
      }
    }
  }

  private static void add(byte[] classFile, Map<String, ClassHeader> headers) {
    ClassHeader header = ClassHeader.read(classFile);
    headers.putIfAbsent(header.name(), header);
  }

  private static boolean isTopLevelClass(String relativePath) {
    return relativePath.endsWith(".class")
        && !relativePath.contains("$")
        && !relativePath.startsWith("META-INF/")
        && !relativePath.endsWith("module-info.class")
        && !relativePath.endsWith("package-info.class");
  }
}
