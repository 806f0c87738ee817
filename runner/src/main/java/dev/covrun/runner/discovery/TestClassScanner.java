package dev.covrun.runner.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * Finds runnable test classes in directories and jars: top-level, concrete classes whose path
 * passes the filter. Nested classes are left to the engines, which run them through their outer
 * class.
 */
public final class TestClassScanner {
  private final ClassFilter filter;

  public TestClassScanner(ClassFilter filter) {
    this.filter = filter;
  }

  /** Binary names of the selected classes in all roots, sorted and without duplicates. */
  public List<String> scan(List<Path> roots) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        scanDirectory(root, names::add);
      } else {
        scanJar(root, names::add);
      }
    }
    return names.stream().distinct().sorted().toList();
  }

  private void scanDirectory(Path root, Consumer<String> found) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (isCandidate(relative)) {
          try (InputStream in = Files.newInputStream(file)) {
            accept(relative, in, found);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void scanJar(Path jar, Consumer<String> found) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (!entry.isDirectory() && isCandidate(entry.getName())) {
          try (InputStream in = zip.getInputStream(entry)) {
            accept(entry.getName(), in, found);
          }
        }
      }
    }
  }

  private boolean isCandidate(String relativePath) {
    if (!relativePath.endsWith(".class") || relativePath.contains("$")) {
      return false;
    }
    String classPath = relativePath.substring(0, relativePath.length() - ".class".length());
    return !classPath.endsWith("module-info")
        && !classPath.endsWith("package-info")
        && filter.accepts(classPath);
  }

  private static void accept(String relativePath, InputStream in, Consumer<String> found)
      throws IOException {
    ClassReader reader = new ClassReader(in);
    int excluded = Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE | Opcodes.ACC_ANNOTATION;
    if ((reader.getAccess() & excluded) == 0) {
      found.accept(reader.getClassName().replace('/', '.'));
    }
  }
}
