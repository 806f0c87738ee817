package dev.covrun.runner.chunk;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Copies a template database (a single file, or a directory copied recursively) to a chunk's own
 * location. Plain byte copies, never links, so a test can never write through to the template.
 */
public final class TemplateCopy {
  private TemplateCopy() {}

  /** Copies template to target and checks that every copied file has the template's size. */
  public static void copy(Path template, Path target) {
    try {
      Files.createDirectories(target.getParent());
      if (Files.isDirectory(template)) {
        copyTree(template, target);
      } else {
        copyFile(template, target);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new CovrunException(
          ExitCode.BAD_INPUT, "cannot copy template database " + template + " to " + target + ": " + e.getMessage(), e);
    }
  }

  private static void copyTree(Path template, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(template)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path destination = target.resolve(template.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          copyFile(source, destination);
        }
      }
    }
  }

  private static void copyFile(Path source, Path destination) throws IOException {
    Files.copy(
        source,
        destination,
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.COPY_ATTRIBUTES);
    if (Files.size(source) != Files.size(destination)) {
      throw new IOException("copy of " + source + " has a different size");
    }
  }
}
