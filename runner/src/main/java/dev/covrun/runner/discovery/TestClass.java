package dev.covrun.runner.discovery;

import java.util.Set;

/** A runnable test class and its JUnit tags (its own and those inherited from superclasses). */
public record TestClass(String name, Set<String> tags) {
  public TestClass {
    tags = Set.copyOf(tags);
  }
}
