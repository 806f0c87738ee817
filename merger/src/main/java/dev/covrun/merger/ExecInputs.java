package dev.covrun.merger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Expands exec inputs (files and directories) into the ordered list of exec files to merge. */
final class ExecInputs {

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
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(ExecInputs::isExecFile).forEach(p -> found.add(p.toAbsolutePath().normalize()));
    } catch (UncheckedIOException e) {
      throw new BadExecInputException(dir, "cannot list directory (" + e.getCause() + ")", e);
    }
    if (found.isEmpty()) {
      throw new BadExecInputException(dir, "no .exec files found");
    }
    found.sort(null);
    return found;
  }

  private static boolean isExecFile(Path path) {
    return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".exec");
  }
}
