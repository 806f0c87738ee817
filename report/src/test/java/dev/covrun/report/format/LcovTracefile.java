package dev.covrun.report.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An LCOV tracefile parsed back into records, to check what genhtml and uploaders will read. */
record LcovTracefile(List<LcovTracefile.Record> records) {

  /** One SF..end_of_record block: every key's values in file order. */
  record Record(String sourceFile, Map<String, List<String>> fields) {
    List<String> all(String key) {
      return fields.getOrDefault(key, List.of());
    }

    int number(String key) {
      List<String> values = all(key);
      if (values.size() != 1) {
        throw new AssertionError(sourceFile + ": expected one " + key + ", got " + values);
      }
      return Integer.parseInt(values.get(0));
    }

    /** DA values as "line,count". */
    List<String> lines() {
      return all("DA");
    }
  }

  static LcovTracefile parse(Path file) throws IOException {
    List<Record> records = new ArrayList<>();
    Map<String, List<String>> fields = null;
    String source = null;
    for (String line : Files.readAllLines(file)) {
      if (line.equals("end_of_record")) {
        records.add(new Record(source, fields));
        fields = null;
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new AssertionError("not an LCOV line: " + line);
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 1);
      if (key.equals("TN")) {
        fields = new LinkedHashMap<>();
      } else if (key.equals("SF")) {
        source = value;
      } else {
        fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      }
    }
    if (fields != null) {
      throw new AssertionError("record of " + source + " not closed by end_of_record");
    }
    return new LcovTracefile(records);
  }
}
