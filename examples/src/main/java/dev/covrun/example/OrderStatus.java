package dev.covrun.example;

/** Where an order is in its life. */
public enum OrderStatus {
  DRAFT,
  PLACED,
  SHIPPED,
  CANCELLED
}
