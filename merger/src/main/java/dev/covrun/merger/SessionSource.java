package dev.covrun.merger;

import java.nio.file.Path;
import java.util.Objects;
import org.jacoco.core.data.SessionInfo;

/** One session of the merged data and the exec file it came from. */
public record SessionSource(SessionInfo session, Path file) {

  public SessionSource {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(file, "file");
  }
}
