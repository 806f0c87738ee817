package dev.covrun.worker;

/** The totals of one unit's launcher execution, as written in its UNIT_END event. */
record UnitResult(String unit, long millis, int tests, int failed, int skipped) {

  static UnitResult empty(String unit, long millis) {
    return new UnitResult(unit, millis, 0, 0, 0);
  }

  boolean passed() {
    return failed == 0;
  }
}
