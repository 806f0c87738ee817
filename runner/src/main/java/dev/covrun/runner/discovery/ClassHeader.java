package dev.covrun.runner.discovery;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/** What discovery needs of a class file: name, access flags, superclass and JUnit {@code @Tag}s. */
record ClassHeader(String name, int access, String superName, Set<String> tags) {
  private static final String TAG = "Lorg/junit/jupiter/api/Tag;";
  private static final String TAGS = "Lorg/junit/jupiter/api/Tags;";

  /** Reads only the header and class-level annotations; code is skipped. */
  static ClassHeader read(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    Set<String> tags = new LinkedHashSet<>();
    reader.accept(new TagCollector(tags), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    String superName = reader.getSuperName();
    return new ClassHeader(
        reader.getClassName().replace('/', '.'),
        reader.getAccess(),
        superName == null ? null : superName.replace('/', '.'),
        tags);
  }

  boolean isConcrete() {
    return (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE | Opcodes.ACC_ANNOTATION)) == 0;
  }

  private static final class TagCollector extends ClassVisitor {
    private final Set<String> tags;

    TagCollector(Set<String> tags) {
      super(Opcodes.ASM9);
      this.tags = tags;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      if (TAG.equals(descriptor)) {
        return new TagValue(tags);
      }
      return TAGS.equals(descriptor) ? new TagsValue(tags) : null;
    }
  }

  /** {@code @Tag("x")}: the value. */
  private static final class TagValue extends AnnotationVisitor {
    private final Set<String> tags;

    TagValue(Set<String> tags) {
      super(Opcodes.ASM9);
      this.tags = tags;
    }

    @Override
    public void visit(String name, Object value) {
      if ("value".equals(name)) {
        tags.add(String.valueOf(value).strip());
      }
    }
  }

  /** {@code @Tags({@Tag("x"), @Tag("y")})}, also what the compiler makes of repeated @Tag. */
  private static final class TagsValue extends AnnotationVisitor {
    private final Set<String> tags;

    TagsValue(Set<String> tags) {
      super(Opcodes.ASM9);
      this.tags = tags;
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
      return new AnnotationVisitor(Opcodes.ASM9) {
        @Override
        public AnnotationVisitor visitAnnotation(String ignored, String descriptor) {
          return TAG.equals(descriptor) ? new TagValue(tags) : null;
        }
      };
    }
  }
}
