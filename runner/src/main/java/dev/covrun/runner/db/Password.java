package dev.covrun.runner.db;

/** A database password that never shows in a message, a log or a {@code toString}. */
public final class Password {
  private final String value;

  public Password(String value) {
    this.value = value;
  }

  /** The password itself, for the JDBC driver and the test JVMs' environment only. */
  String reveal() {
    return value;
  }

  /** The text with every occurrence of the password masked, for driver messages. */
  String scrub(String text) {
    return text == null || value.isEmpty() ? text : text.replace(value, "****");
  }

  @Override
  public String toString() {
    return "****";
  }
}
