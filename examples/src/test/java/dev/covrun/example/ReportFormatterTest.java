package dev.covrun.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportFormatterTest {
  private static ReportFormatter formatter;

  @BeforeAll
  static void loadTemplates() throws InterruptedException {
    Thread.sleep(1200); // models loading report templates
    formatter = new ReportFormatter();
  }

  @Test
  void should_summarise_an_order_with_its_discount() {
    Order order = new Order("o-5", "Ada", "EUR");
    order.add(new OrderLine("SKU-2", 2, Money.of("30.00", "EUR")));
    PriceCalculator prices =
        new PriceCalculator(Region.US, Money.of("100.00", "EUR"), Money.of("4.90", "EUR"));
    Quote quote = prices.quote(order, Optional.of(Discount.parse("6.00", "EUR")));

    String summary = formatter.orderSummary(order, quote);

    assertEquals(
        """
        Order o-5 for Ada (DRAFT)
        2 x SKU-2                    60.00 EUR
        Subtotal                     60.00 EUR
        Discount                     -6.00 EUR
        Shipping                      4.90 EUR
        Tax                           4.71 EUR
        Total                        63.61 EUR
        """,
        summary);
  }

  @Test
  void should_say_so_when_there_are_no_products() {
    assertEquals("(no products)\n", formatter.stockTable(List.of()));
  }
}
