package dev.covrun.report.sample;

/** Code under test for the report tests: only some of it runs, so coverage is partial. */
public class Grader {

  public String grade(int score) {
    if (score >= 90) {
      return "A";
    }
    if (score >= 50) {
      return "pass";
    }
    return "fail";
  }

  public int neverCalled(int value) {
    return value * 2;
  }
}
