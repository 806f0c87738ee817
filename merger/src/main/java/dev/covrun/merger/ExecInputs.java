package dev.covrun.merger;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands exec inputs (files and directories) into the ordered list of exec files to merge. A
 * directory holding a {@code merged.exec} (a covrun output or shard directory) stands for that
 * file alone: its chunks' exec files are already in it.
 */
final class ExecInputs {

  /** The merged exec file covrun writes at the top of an output directory. */
  static final String MERGED_EXEC = "merged.exec";

  private ExecInputs() {}

  /** Keeps the order of {@code inputs}; each directory contributes its exec files sorted by path. */
  static List<Path> expand(List<Path> inputs) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Path input : inputs) {
      files.addAll(expandOne(input));
    }
    return List.copyOf(files);
  }

  private static List<Path> expandOne(Path input) throws IOException {
    if (Files.isDirectory(input)) {
      return execFilesUnder(input);
    }
    if (Files.isRegularFile(input)) {
      return List.of(input.toAbsolutePath().normalize());
    }
    throw new BadExecInputException(input, "exec file or directory not found");
  }

  private static List<Path> execFilesUnder(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir.toAbsolutePath().normalize(), new Collector(found));
    } catch (IOException e) {
      throw new BadExecInputException(dir, "cannot list directory (" + e.getMessage() + ")", e);
    }
    if (found.isEmpty()) {
      throw new BadExecInputException(dir, "no .exec files found");
    }
    found.sort(null);
    return found;
  }

  /** Collects {@code *.exec} files, taking only {@code merged.exec} where a directory has one. */
  private static final class Collector extends SimpleFileVisitor<Path> {
    private final List<Path> found;

    Collector(List<Path> found) {
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      Path merged = dir.resolve(MERGED_EXEC);
      if (Files.isRegularFile(merged)) {
        found.add(merged);
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".exec")) {
        found.add(file);
      }
      return FileVisitResult.CONTINUE;
    }
  }
}
