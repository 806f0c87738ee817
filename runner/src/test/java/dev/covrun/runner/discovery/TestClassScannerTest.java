package dev.covrun.runner.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.covrun.runner.config.RunConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class TestClassScannerTest {
  @TempDir Path dir;

  private final TestClassScanner scanner =
      new TestClassScanner(ClassFilter.of(RunConfig.DEFAULT_INCLUDES, List.of()));

  @Test
  void should_find_concrete_top_level_test_classes_sorted() throws IOException {
    writeClass(dir, "org/acme/ZedTest", Opcodes.ACC_PUBLIC);
    writeClass(dir, "org/acme/AlphaTest", Opcodes.ACC_PUBLIC);
    writeClass(dir, "org/acme/Helper", Opcodes.ACC_PUBLIC);
    assertEquals(List.of("org.acme.AlphaTest", "org.acme.ZedTest"), scanner.scan(List.of(dir)));
  }

  @Test
  void should_skip_abstract_classes_interfaces_and_nested_classes() throws IOException {
    writeClass(dir, "org/acme/AbstractBaseTest", Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT);
    writeClass(dir, "org/acme/ContractTest", Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT);
    writeClass(dir, "org/acme/OuterTest", Opcodes.ACC_PUBLIC);
    writeClass(dir, "org/acme/OuterTest$InnerTest", Opcodes.ACC_PUBLIC);
    assertEquals(List.of("org.acme.OuterTest"), scanner.scan(List.of(dir)));
  }

  @Test
  void should_scan_jars_and_merge_duplicates() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    writeClass(classes, "org/acme/FooTest", Opcodes.ACC_PUBLIC);
    Path jar = dir.resolve("tests.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("org/acme/FooTest.class"));
      out.write(classBytes("org/acme/FooTest", Opcodes.ACC_PUBLIC));
      out.putNextEntry(new JarEntry("org/acme/BarTest.class"));
      out.write(classBytes("org/acme/BarTest", Opcodes.ACC_PUBLIC));
    }
    assertEquals(List.of("org.acme.BarTest", "org.acme.FooTest"), scanner.scan(List.of(classes, jar)));
  }

  @Test
  void should_read_tags_including_those_of_superclasses() throws IOException {
    write(dir, "org/acme/AbstractDbTest", Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "java/lang/Object", "covrun-group:db");
    write(dir, "org/acme/RepoTest", Opcodes.ACC_PUBLIC, "org/acme/AbstractDbTest", "fast");
    write(dir, "org/acme/PlainTest", Opcodes.ACC_PUBLIC, "java/lang/Object");
    assertEquals(
        List.of(new TestClass("org.acme.PlainTest", java.util.Set.of()),
            new TestClass("org.acme.RepoTest", java.util.Set.of("fast", "covrun-group:db"))),
        scanner.scanClasses(List.of(dir)));
  }

  @Test
  void should_find_nothing_in_an_empty_directory() throws IOException {
    assertEquals(List.of(), scanner.scan(List.of(dir)));
  }

  static void writeClass(Path root, String internalName, int access) throws IOException {
    Path file = root.resolve(internalName + ".class");
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(classBytes(internalName, access));
    }
  }

  static byte[] classBytes(String internalName, int access) {
    return classBytes(internalName, access, "java/lang/Object");
  }

  static byte[] classBytes(String internalName, int access, String superName, String... tags) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V17, access, internalName, null, superName, null);
    for (String tag : tags) {
      AnnotationVisitor annotation = writer.visitAnnotation("Lorg/junit/jupiter/api/Tag;", true);
      annotation.visit("value", tag);
      annotation.visitEnd();
    }
    writer.visitEnd();
    return writer.toByteArray();
  }

  static void write(Path root, String internalName, int access, String superName, String... tags) throws IOException {
    Path file = root.resolve(internalName + ".class");
    Files.createDirectories(file.getParent());
    Files.write(file, classBytes(internalName, access, superName, tags));
  }
}
