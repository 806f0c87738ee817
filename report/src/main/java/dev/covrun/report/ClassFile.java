package dev.covrun.report;

import java.nio.file.Path;

/** One class file's bytes, the class root it was found under and where exactly (file or jar entry). */
record ClassFile(Path root, String origin, byte[] bytes) {}
