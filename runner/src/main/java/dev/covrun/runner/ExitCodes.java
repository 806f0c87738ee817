package dev.covrun.runner;

/** The exit-code table shown in every command's help. */
final class ExitCodes {
  static final String HELP =
      "%nExit codes:%n"
          + "  0  all tests passed and the coverage gate held%n"
          + "  1  a test failed%n"
          + "  2  the gate failed: below a --min, a --rule violated, below --baseline or --min-patch%n"
          + "  3  incomplete run: a test JVM died or hung in a unit that did not pass on retry,%n"
          + "     the run hit --timeout or was interrupted, units did not run, or coverage is missing%n"
          + "  4  bad input or usage%n"
          + "When several apply, 3 wins over 1, and 1 over 2; every problem is still printed.";

  private ExitCodes() {}
}
