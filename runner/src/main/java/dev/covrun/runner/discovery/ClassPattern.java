package dev.covrun.runner.discovery;

import java.util.regex.Pattern;

/**
 * A Surefire-style glob over class paths without extension ({@code org/acme/FooTest}): {@code **}
 * spans directories, {@code *} and {@code ?} stay inside one. A trailing {@code .java} or {@code
 * .class} is ignored so Surefire patterns work unchanged; a dotted class name is also accepted.
 */
public record ClassPattern(String glob, Pattern regex) {

  /** Compiles a glob; never fails, since every string is a valid glob. */
  public static ClassPattern of(String glob) {
    String path = glob.trim().replaceFirst("\\.(java|class)$", "");
    if (!path.contains("/") && !path.contains("*") && path.contains(".")) {
      path = path.replace('.', '/');
    }
    return new ClassPattern(glob, Pattern.compile(toRegex(path)));
  }

  /** Compiles a glob over resource paths such as feature files, taken as written. */
  public static ClassPattern ofPath(String glob) {
    return new ClassPattern(glob, Pattern.compile(toRegex(glob.trim())));
  }

  /** Whether the class path (slashes, no extension) matches. */
  public boolean matches(String classPath) {
    return regex.matcher(classPath).matches();
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
