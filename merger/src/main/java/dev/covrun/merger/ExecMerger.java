package dev.covrun.merger;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfoStore;
import org.jacoco.core.tools.ExecFileLoader;

/** Merges JaCoCo exec files: probes of the same class are OR-ed and every session is kept. */
public final class ExecMerger {

  private ExecMerger() {}

  /**
   * Merges the given exec files and directories (searched recursively for {@code *.exec}).
   *
   * @throws BadExecInputException if an input is missing, a directory holds no exec file, or a
   *     file is not valid (or not compatible) JaCoCo execution data
   * @throws IllegalArgumentException if {@code inputs} is empty
   */
  public static MergedExec merge(List<Path> inputs) throws IOException {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no exec files or directories to merge");
    }
    List<Path> files = ExecInputs.expand(inputs);
    ExecutionDataStore data = new ExecutionDataStore();
    SessionInfoStore sessions = new SessionInfoStore();
    List<String> warnings = new ArrayList<>();
    for (Path file : files) {
      if (Files.size(file) == 0) {
        warnings.add(file + ": empty exec file");
      } else {
        mergeInto(data, sessions, load(file), file);
      }
    }
    return new MergedExec(data, sessions, files, warnings);
  }

  private static ExecFileLoader load(Path file) throws BadExecInputException {
    ExecFileLoader loader = new ExecFileLoader();
    try {
      loader.load(file.toFile());
      return loader;
    } catch (IOException e) {
      throw new BadExecInputException(
          file, "not a valid JaCoCo exec file (" + reason(e) + ")", e);
    }
  }

  private static void mergeInto(
      ExecutionDataStore data, SessionInfoStore sessions, ExecFileLoader loaded, Path file)
      throws BadExecInputException {
    try {
      loaded.getExecutionDataStore().accept(data);
    } catch (IllegalStateException e) {
      // Same class id with a different probe count: the file was built from other class files.
      throw new BadExecInputException(
          file, "execution data incompatible with earlier files (" + oneLine(e.getMessage()) + ")", e);
    }
    loaded.getSessionInfoStore().accept(sessions);
  }

  private static String reason(IOException e) {
    if (e instanceof EOFException) {
      return "unexpected end of file, probably truncated";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("\\s+", " ").trim();
    return flat.endsWith(".") ? flat.substring(0, flat.length() - 1) : flat;
  }
}
