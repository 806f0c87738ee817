package dev.covrun.merger;

/** What a merge does with an exec file that is truncated, corrupt or incompatible. */
public enum OnBadInput {
  /** Stop with a {@link BadExecInputException} naming the file; the default. */
  FAIL,
  /** Leave the file out and record it in {@link MergedExec#skipped()}; the result is partial. */
  SKIP,
  /**
   * Keep what a truncated file holds before the block it ends in, with a warning: the file of a
   * writer killed while appending (covrun's workers append one complete stream per unit). Corrupt
   * or incompatible files are left out as with {@link #SKIP}.
   */
  KEEP_TRUNCATED
}
