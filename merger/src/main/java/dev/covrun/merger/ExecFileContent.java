package dev.covrun.merger;

import java.util.List;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.SessionInfo;

/** Everything one exec file holds: its probes (merged within the file) and its sessions in order. */
record ExecFileContent(ExecutionDataStore data, List<SessionInfo> sessions) {

  ExecFileContent {
    sessions = List.copyOf(sessions);
  }
}
