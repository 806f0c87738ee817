package dev.covrun.worker;

/** Where covrun hands out work ({@code --connect HOST:PORT}) and which worker this JVM is. */
record CovrunAddress(String host, int port, int worker) {

  /** Parses {@code HOST:PORT} and the worker number; a bad value throws naming it. */
  static CovrunAddress parse(String address, String worker) {
    int colon = address.lastIndexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("invalid --connect '" + address + "': expected HOST:PORT");
    }
    return new CovrunAddress(
        address.substring(0, colon),
        number(address.substring(colon + 1), "--connect '" + address + "'", 65535),
        number(worker, "--worker '" + worker + "'", Integer.MAX_VALUE));
  }

  private static int number(String text, String what, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("invalid " + what + ": expected a number from 1 to " + max);
  }
}
