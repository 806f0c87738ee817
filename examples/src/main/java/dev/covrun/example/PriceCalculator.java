package dev.covrun.example;

import java.util.Optional;

/** Prices an order: discount first, then shipping (free above a threshold), then tax. */
public final class PriceCalculator {
  private final Region region;
  private final Money freeShippingFrom;
  private final Money shippingFee;

  /** Creates a calculator for one region and shipping policy. */
  public PriceCalculator(Region region, Money freeShippingFrom, Money shippingFee) {
    this.region = region;
    this.freeShippingFrom = freeShippingFrom;
    this.shippingFee = shippingFee;
  }

  /** Quotes an order with an optional discount. */
  public Quote quote(Order order, Optional<Discount> discount) {
    Money subtotal = order.subtotal();
    Money off = discount.map(d -> d.amountOff(subtotal)).orElse(Money.zero(order.currency()));
    Money discounted = subtotal.minus(off);
    Money shipping = shippingFor(discounted);
    Money tax = discounted.plus(shipping).basisPoints(region.taxBasisPoints());
    return new Quote(subtotal, off, shipping, tax, discounted.plus(shipping).plus(tax));
  }

  private Money shippingFor(Money discounted) {
    if (discounted.cents() == 0 || discounted.compareTo(freeShippingFrom) >= 0) {
      return Money.zero(discounted.currency());
    }
    return shippingFee;
  }
}
