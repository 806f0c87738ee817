package dev.covrun.example;

/** The price breakdown of an order. */
public record Quote(Money subtotal, Money discount, Money shipping, Money tax, Money total) {}
