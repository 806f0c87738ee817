package dev.covrun.merger;

/** What a merge does with an exec file that is truncated, corrupt or incompatible. */
public enum OnBadInput {
  /** Stop with a {@link BadExecInputException} naming the file; the default. */
  FAIL,
  /** Leave the file out and record it in {@link MergedExec#skipped()}; the result is partial. */
  SKIP
}
