package dev.covrun.merger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.data.SessionInfoStore;

/** The merge in progress: a file is checked against what is merged so far before it joins. */
final class MergeAccumulator {

  private final ExecutionDataStore data = new ExecutionDataStore();
  private final SessionInfoStore sessions = new SessionInfoStore();
  private final Map<Long, Path> firstFileOfClass = new HashMap<>();
  private final List<SessionSource> sources = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<SkippedInput> skipped = new ArrayList<>();
  private int filesMerged;

  void add(Path file, ExecFileContent content) throws BadExecInputException {
    for (ExecutionData entry : content.data().getContents()) {
      requireCompatible(file, entry);
    }
    for (ExecutionData entry : content.data().getContents()) {
      data.put(entry);
      firstFileOfClass.putIfAbsent(entry.getId(), file);
    }
    for (SessionInfo session : content.sessions()) {
      sessions.visitSessionInfo(session);
      sources.add(new SessionSource(session, file));
    }
    content
        .keptUpTo()
        .ifPresent(
            end ->
                warn(
                    "%s: truncated exec file (its writer was killed while appending): kept the data before byte %d (%d sessions)"
                        .formatted(file, end, content.sessions().size())));
    filesMerged++;
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void skip(SkippedInput input) {
    skipped.add(input);
  }

  void requireSomethingMerged() throws BadExecInputException {
    if (filesMerged == 0 && !skipped.isEmpty()) {
      SkippedInput first = skipped.get(0);
      throw new BadExecInputException(
          first.file(),
          "every exec file is bad, nothing to merge (%d skipped; first: %s)"
              .formatted(skipped.size(), first.problem()));
    }
  }

  MergedExec result(List<Path> files) {
    return new MergedExec(data, sessions, files, warnings, skipped, sources);
  }

  private void requireCompatible(Path file, ExecutionData entry) throws BadExecInputException {
    ExecutionData existing = data.get(entry.getId());
    if (existing == null) {
      return;
    }
    boolean sameName = existing.getName().equals(entry.getName());
    if (!sameName || existing.getProbes().length != entry.getProbes().length) {
      throw new BadExecInputException(
          file,
          "execution data incompatible with %s: class id %016x is %s with %d probes there, %s with %d here (another JaCoCo version?)"
              .formatted(
                  firstFileOfClass.get(entry.getId()),
                  entry.getId(),
                  existing.getName(),
                  existing.getProbes().length,
                  entry.getName(),
                  entry.getProbes().length));
    }
  }
}
