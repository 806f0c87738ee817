package dev.covrun.example;

import java.util.List;

/** Plain-text and CSV renderings of orders and stock for the back office. */
public final class ReportFormatter {
  private static final int NAME_WIDTH = 24;

  /** A fixed-width summary of an order and its quote. */
  public String orderSummary(Order order, Quote quote) {
    StringBuilder text = new StringBuilder();
    text.append("Order ").append(order.id()).append(" for ").append(order.customer());
    text.append(" (").append(order.status()).append(")\n");
    for (OrderLine line : order.lines()) {
      text.append(row(line.quantity() + " x " + line.sku(), line.total()));
    }
    text.append(row("Subtotal", quote.subtotal()));
    if (quote.discount().cents() > 0) {
      text.append(row("Discount", new Money(-quote.discount().cents(), order.currency())));
    }
    text.append(row("Shipping", quote.shipping()));
    text.append(row("Tax", quote.tax()));
    return text.append(row("Total", quote.total())).toString();
  }

  /** One line per product: SKU, name and stock, with a marker when it is out of stock. */
  public String stockTable(List<Product> products) {
    if (products.isEmpty()) {
      return "(no products)\n";
    }
    StringBuilder text = new StringBuilder();
    for (Product product : products) {
      String marker = product.stock() == 0 ? "  OUT" : "";
      text.append(pad(product.sku(), 12)).append(pad(product.name(), NAME_WIDTH));
      text.append(String.format("%5d", product.stock())).append(marker).append('\n');
    }
    return text.toString();
  }

  /** The products as RFC 4180 CSV with a header row. */
  public String csv(List<Product> products) {
    StringBuilder csv = new StringBuilder("sku,name,price,currency,stock\r\n");
    for (Product product : products) {
      csv.append(csvField(product.sku())).append(',').append(csvField(product.name())).append(',');
      csv.append(product.price().format().split(" ")[0]).append(',');
      csv.append(product.price().currency()).append(',').append(product.stock()).append("\r\n");
    }
    return csv.toString();
  }

  private static String row(String label, Money amount) {
    return pad(label, NAME_WIDTH) + String.format("%14s", amount.format()) + "\n";
  }

  private static String pad(String text, int width) {
    if (text.length() >= width) {
      return text.substring(0, width - 1) + " ";
    }
    return text + " ".repeat(width - text.length());
  }

  private static String csvField(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
