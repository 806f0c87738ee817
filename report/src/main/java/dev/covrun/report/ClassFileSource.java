package dev.covrun.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds the class files under class roots as JaCoCo's {@code Analyzer.analyzeAll} does: directories
 * recursively (in sorted order), class files and zip archives (jars, nested jars) by content, other
 * files ignored.
 */
final class ClassFileSource {

  private static final int CLASS_MAGIC = 0xCAFEBABE;
  private static final int ZIP_MAGIC = 0x504B0304;
  private static final int OLDEST_CLASS_MAJOR = 45;

  /** Receives each class file found. */
  @FunctionalInterface
  interface Sink {
    void accept(ClassFile file) throws IOException;
  }

  private final Path root;
  private final Sink sink;

  private ClassFileSource(Path root, Sink sink) {
    this.root = root;
    this.sink = sink;
  }

  static void readAll(List<Path> roots, Sink sink) throws IOException {
    for (Path root : roots) {
      new ClassFileSource(root, sink).readRoot();
    }
  }

  private void readRoot() throws IOException {
    if (!Files.isDirectory(root)) {
      readFile(root);
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      readFile(file);
    }
  }

  private void readFile(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      read(in, file.toString());
    }
  }

  private void read(InputStream in, String location) throws IOException {
    in.mark(8);
    byte[] head = in.readNBytes(8);
    in.reset();
    if (isClass(head)) {
      sink.accept(new ClassFile(root, location, in.readAllBytes()));
    } else if (head.length >= 4 && intAt(head, 0) == ZIP_MAGIC) {
      readZip(new ZipInputStream(in), location);
    }
  }

  private void readZip(ZipInputStream zip, String location) throws IOException {
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      if (!entry.isDirectory()) {
        read(new BufferedInputStream(zip), location + "@" + entry.getName());
      }
    }
  }

  // 0xCAFEBABE also starts Mach-O universal binaries; a class file's major version tells them apart.
  private static boolean isClass(byte[] head) {
    return head.length == 8
        && intAt(head, 0) == CLASS_MAGIC
        && ((head[6] & 0xff) << 8 | (head[7] & 0xff)) >= OLDEST_CLASS_MAJOR;
  }

  private static int intAt(byte[] bytes, int offset) {
    return (bytes[offset] & 0xff) << 24
        | (bytes[offset + 1] & 0xff) << 16
        | (bytes[offset + 2] & 0xff) << 8
        | (bytes[offset + 3] & 0xff);
  }
}
