package dev.covrun.example;

/** Where an order ships to, which decides its sales tax. */
public enum Region {
  EU,
  UK,
  US,
  CH;

  /** The sales tax rate in basis points. */
  public int taxBasisPoints() {
    return switch (this) {
      case EU -> 2000;
      case UK -> 2000;
      case US -> 800;
      case CH -> 810;
    };
  }
}
