package dev.covrun.merger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Merges JaCoCo exec files: probes of the same class are OR-ed and every session is kept with the
 * file it came from. Files are read one at a time straight into the merged store, and every file
 * is read and checked before the caller writes anything.
 */
public final class ExecMerger {

  private ExecMerger() {}

  /** Merges, failing on the first bad file; see {@link #merge(List, OnBadInput)}. */
  public static MergedExec merge(List<Path> inputs) throws IOException {
    return merge(inputs, OnBadInput.FAIL);
  }

  /**
   * Merges the given exec files and directories (searched recursively for {@code *.exec}; a
   * directory holding a {@code merged.exec} contributes only that file). Empty files are warnings.
   *
   * @throws BadExecInputException if an input is missing, a directory holds no exec file, a file
   *     is truncated, corrupt or incompatible with earlier files (unless {@code onBadInput} is
   *     {@link OnBadInput#SKIP}), or every file had to be skipped
   * @throws IllegalArgumentException if {@code inputs} is empty
   */
  public static MergedExec merge(List<Path> inputs, OnBadInput onBadInput) throws IOException {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no exec files or directories to merge");
    }
    List<Path> files = ExecInputs.expand(inputs);
    MergeAccumulator merged = new MergeAccumulator();
    for (Path file : files) {
      if (Files.size(file) == 0) {
        merged.warn(file + ": empty exec file");
      } else {
        add(merged, file, onBadInput);
      }
    }
    merged.requireSomethingMerged();
    return merged.result(files);
  }

  private static void add(MergeAccumulator merged, Path file, OnBadInput onBadInput)
      throws BadExecInputException {
    try {
      merged.add(file, ExecFileReader.read(file, onBadInput == OnBadInput.KEEP_TRUNCATED));
    } catch (BadExecInputException e) {
      if (onBadInput == OnBadInput.FAIL) {
        throw e;
      }
      merged.skip(new SkippedInput(file, e.problem()));
    }
  }
}
