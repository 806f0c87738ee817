package dev.covrun.worker;

/** How a unit's JUnit XML report files are named; shared with the runner, which collects them. */
public final class ReportFiles {
  /** Every report file name starts with this. */
  public static final String PREFIX = "TEST-";
  /** And ends with this. */
  public static final String SUFFIX = ".xml";

  private ReportFiles() {}

  /**
   * The unit's name made safe for file names: {@code TEST-<stem>.xml}, or {@code
   * TEST-<stem>-<engine>.xml} when several engines reported.
   */
  public static String stem(String unit) {
    return unit.replaceAll("[^A-Za-z0-9._$-]", "_");
  }
}
