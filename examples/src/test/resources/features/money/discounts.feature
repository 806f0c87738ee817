Feature: Voucher codes
  "10%" takes a percentage off, "5.00" a fixed amount, never more than the subtotal.

  Scenario: A percentage voucher
    Given an amount of 80.00 EUR
    When I apply the voucher "25%"
    Then the amount reads "20.00 EUR"

  Scenario: A fixed voucher larger than the subtotal
    Given an amount of 3.00 EUR
    When I apply the voucher "5.00"
    Then the amount reads "3.00 EUR"

  Scenario: A percentage out of range
    Given an amount of 3.00 EUR
    When I apply the voucher "120%"
    Then it is refused with "percentage out of range: 120%"
