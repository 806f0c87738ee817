package dev.covrun.report;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The same class as another build would produce it: identical code plus one unused field, so the
 * bytes and JaCoCo's class id differ while names, lines and probes stay the same.
 */
final class OtherBuild {

  private OtherBuild() {}

  static byte[] of(byte[] original) {
    ClassReader reader = new ClassReader(original);
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(writer, 0);
    writer.visitField(Opcodes.ACC_PRIVATE, "otherBuild", "I", null, null).visitEnd();
    return writer.toByteArray();
  }
}
