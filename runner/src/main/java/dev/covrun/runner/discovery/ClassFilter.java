package dev.covrun.runner.discovery;

import java.util.List;

/** Include and exclude globs over class paths: included by any include, excluded by any exclude. */
public record ClassFilter(List<ClassPattern> includes, List<ClassPattern> excludes) {

  /** Builds a filter from glob strings. */
  public static ClassFilter of(List<String> includes, List<String> excludes) {
    return new ClassFilter(
        includes.stream().map(ClassPattern::of).toList(),
        excludes.stream().map(ClassPattern::of).toList());
  }

  /** Whether a class path (slashes, no extension) is selected. */
  public boolean accepts(String classPath) {
    return includes.stream().anyMatch(p -> p.matches(classPath))
        && excludes.stream().noneMatch(p -> p.matches(classPath));
  }
}
