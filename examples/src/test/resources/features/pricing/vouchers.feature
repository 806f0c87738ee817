Feature: Quotes with vouchers
  The discount comes off before shipping and tax.

  Scenario: A voucher that costs free shipping
    Given an order of 3 x OIL at 20.00 EUR
    And the voucher "20%"
    When the order is quoted
    Then the discount comes to 12.00 EUR
    And the shipping comes to 4.90 EUR
    And the total comes to 63.48 EUR
    And the summary ends with "Total 63.48 EUR"
