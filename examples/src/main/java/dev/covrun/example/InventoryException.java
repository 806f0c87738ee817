package dev.covrun.example;

/** The inventory database failed; wraps the driver's {@link java.sql.SQLException}. */
public final class InventoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Wraps a database failure during the named operation. */
  public InventoryException(String operation, Throwable cause) {
    super(operation + " failed: " + cause.getMessage(), cause);
  }
}
