package dev.covrun.runner.chunk;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything that makes one chunk's test JVM: its java @argfile lines, its environment
 * additions, and its working directory.
 */
public record ChildJvm(Path java, List<String> arguments, Map<String, String> environment, Path workdir) {
  public ChildJvm {
    arguments = List.copyOf(arguments);
    environment = Map.copyOf(environment);
  }

  /**
   * The arguments as a java launcher @argfile: one quoted argument per line, so paths with spaces
   * and classpaths longer than the OS command-line limit are safe.
   */
  public String argFileContent() {
    StringBuilder text = new StringBuilder();
    for (String argument : arguments) {
      text.append('"')
          .append(argument.replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\"\n");
    }
    return text.toString();
  }
}
