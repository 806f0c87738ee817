package dev.covrun.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;

/**
 * Compares the class ids in the execution data with the class files of the report, so data that
 * JaCoCo would silently ignore (the class then reads 0%) is reported by name.
 */
public record ClassIdCheck(List<ClassIdMismatch> mismatches, int dataClasses, int matchedClasses) {

  private static final int NAMES_SHOWN = 10;

  public ClassIdCheck {
    mismatches = List.copyOf(mismatches);
  }

  /** Checks {@code data} against the classes of {@code bundle}. */
  public static ClassIdCheck of(IBundleCoverage bundle, ExecutionDataStore data) {
    Map<String, Long> idByName = new HashMap<>();
    for (IPackageCoverage pkg : bundle.getPackages()) {
      for (IClassCoverage type : pkg.getClasses()) {
        idByName.put(type.getName(), type.getId());
      }
    }
    Set<Long> ids = new HashSet<>(idByName.values());
    List<ClassIdMismatch> mismatches = new ArrayList<>();
    int matched = 0;
    for (ExecutionData entry : data.getContents()) {
      if (ids.contains(entry.getId())) {
        matched++;
      } else if (idByName.containsKey(entry.getName())) {
        mismatches.add(mismatch(entry, idByName.get(entry.getName())));
      }
    }
    mismatches.sort(
        Comparator.comparing(ClassIdMismatch::className).thenComparing(ClassIdMismatch::dataId));
    return new ClassIdCheck(mismatches, data.getContents().size(), matched);
  }

  /** True when no class of the report has matching data although there is data. */
  public boolean nothingMatched() {
    return dataClasses > 0 && matchedClasses == 0;
  }

  /** One-line warnings for the console and the summaries; empty when the ids agree. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (!mismatches.isEmpty()) {
      warnings.add(mismatchWarning());
    }
    if (nothingMatched() && mismatches.isEmpty()) {
      warnings.add(
          "none of the %d classes in the exec data is among the classes in --classes: the report shows 0%%; do the exec files and --classes come from the same project?"
              .formatted(dataClasses));
    }
    return warnings;
  }

  private String mismatchWarning() {
    List<String> names =
        mismatches.stream()
            .limit(NAMES_SHOWN)
            .map(m -> "%s (%d probes hit)".formatted(m.javaName(), m.hitProbes()))
            .toList();
    String more =
        mismatches.size() > NAMES_SHOWN
            ? ", and %d more".formatted(mismatches.size() - NAMES_SHOWN)
            : "";
    return ("execution data for %d classes does not match their class files in --classes (class id"
            + " differs: a stale build, another compiler, or an agent instrumenting before JaCoCo),"
            + " so it is not counted and they show as not covered: %s%s")
        .formatted(mismatches.size(), String.join(", ", names), more);
  }

  private static ClassIdMismatch mismatch(ExecutionData entry, long classId) {
    int hits = 0;
    for (boolean probe : entry.getProbes()) {
      hits += probe ? 1 : 0;
    }
    return new ClassIdMismatch(entry.getName(), entry.getId(), classId, hits);
  }
}
