package dev.covrun.merger;

import java.util.List;
import java.util.OptionalLong;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfo;

/**
 * Everything one exec file holds: its probes (merged within the file) and its sessions in order;
 * for a truncated file read with {@link OnBadInput#KEEP_TRUNCATED}, the byte where the kept data ends.
 */
record ExecFileContent(ExecutionDataStore data, List<SessionInfo> sessions, OptionalLong keptUpTo) {

  ExecFileContent {
    sessions = List.copyOf(sessions);
  }
}
