package dev.covrun.runner.db;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.EnumSet;

/**
 * Copies a template database (a single file, or a directory copied recursively with its files'
 * and directories' modes) into a chunk's {@code db/} directory. Every file is a new file with its
 * own data, never a hard link, and symbolic links are copied as the files they point to, so a
 * test can never write through to the template. (On file systems with reflinks the JDK's copy may
 * share blocks copy-on-write, which is just as safe.) Each copy is checked to have the source's size.
 */
public final class TemplateCopy implements TemplateDatabase {
  private final Path template;

  public TemplateCopy(Path template) {
    this.template = template;
  }

  /** Copies the template to {@code dbDir/<template name>} and names it in {@code covrun.db}. */
  @Override
  public ChunkDatabase prepare(int chunk, Path dbDir) {
    Path target = dbDir.resolve(template.getFileName().toString());
    copy(template, target);
    return ChunkDatabase.copy(target);
  }

  /** Copies template to target, a file or a whole tree; exit 4 naming both on failure. */
  public static void copy(Path template, Path target) {
    try {
      Files.createDirectories(target.getParent());
      if (Files.isDirectory(template)) {
        copyTree(template, target);
      } else {
        copyFile(template, target);
      }
    } catch (IOException e) {
      throw new CovrunException(
          ExitCode.BAD_INPUT,
          "cannot copy template database " + template + " to " + target + ": " + e.getMessage(),
          e);
    }
  }

  private static void copyTree(Path template, Path target) throws IOException {
    Files.walkFileTree(
        template,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(target.resolve(template.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            copyFile(file, target.resolve(template.relativize(file).toString()));
            return FileVisitResult.CONTINUE;
          }

          // Modes last, so a read-only template directory still receives its files first.
          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            copyMode(dir, target.resolve(template.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }
        });
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

  private static void copyMode(Path source, Path destination) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(destination, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view != null) {
      view.setPermissions(Files.getPosixFilePermissions(source));
    }
  }
}
