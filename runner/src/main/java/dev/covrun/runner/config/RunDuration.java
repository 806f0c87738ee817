package dev.covrun.runner.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as written on the command line: {@code 90s}, {@code 5m}, {@code 1h}, {@code 500ms}. */
public final class RunDuration {
  private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

  private RunDuration() {}

  /** Parses a positive duration; a bad value is an IllegalArgumentException naming the option. */
  public static Duration parse(String text, String option) {
    Matcher matcher = FORMAT.matcher(text.trim());
    if (matcher.matches()) {
      long amount = Long.parseLong(matcher.group(1));
      Duration duration =
          switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
          };
      if (!duration.isZero()) {
        return duration;
      }
    }
    throw new IllegalArgumentException(
        "invalid " + option + " '" + text + "': expected a duration such as 90s, 5m or 1h");
  }

  /** The short form used in messages: {@code 90s}, {@code 1500ms}. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
