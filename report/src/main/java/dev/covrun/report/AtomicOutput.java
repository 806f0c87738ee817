package dev.covrun.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writes a file or a directory tree next to its target and moves it into place only when done, so a failed run never leaves half a report. */
public final class AtomicOutput {

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the content of a directory. */
  @FunctionalInterface
  public interface DirectoryContent {
    void writeInto(Path dir) throws IOException;
  }

  private AtomicOutput() {}

  public static void writeFile(Path file, StreamContent content) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        content.writeTo(out);
      }
      Files.move(
          temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public static void writeDirectory(Path dir, DirectoryContent content) throws IOException {
    Path target = dir.toAbsolutePath();
    requireDirectoryOrAbsent(target);
    Path parent = Files.createDirectories(target.getParent());
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + "-new");
    try {
      content.writeInto(temp);
      replace(target, temp);
    } finally {
      FileTrees.deleteIfExists(temp);
    }
  }

  private static void requireDirectoryOrAbsent(Path target) throws FileSystemException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
      throw new FileSystemException(target.toString(), null, "exists and is not a directory");
    }
  }

  // A non-empty directory cannot be renamed over, so the old one steps aside first and comes
  // back if the new one cannot take its place.
  private static void replace(Path target, Path fresh) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + "-old-" + UUID.randomUUID());
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    FileTrees.deleteIfExists(old);
  }
}
