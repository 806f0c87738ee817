@database
Feature: Checkout
  Placing an order reserves every line's stock or none of it.

  Scenario: Checking out reserves stock and prices the order
    Given the product TEA "Tea" at 6.50 EUR with 20 in stock
    And the product HONEY "Honey" at 8.00 EUR with 1 in stock
    When ada orders 3 x TEA
    And ada orders 1 x HONEY
    And the order is checked out with the voucher "10%"
    And the warehouse takes 500 ms to answer
    Then TEA has 17 in stock
    And HONEY has 0 in stock
    And the checkout total is 35.58 EUR
    And the inventory holds the seed products and this scenario's own

  Scenario: A line out of stock reserves nothing
    Given the product TEA "Tea" at 6.50 EUR with 20 in stock
    And the product HONEY "Honey" at 8.00 EUR with 1 in stock
    When ada orders 2 x TEA
    And ada orders 2 x HONEY
    And the order is checked out with the voucher "5.00"
    Then TEA has 20 in stock
    And the inventory refuses with "not enough stock of {own}HONEY for 2 units"

  Scenario: Cancelling returns the units
    Given the product TEA "Tea" at 6.50 EUR with 20 in stock
    When ada orders 4 x TEA
    And the order is checked out with the voucher "1.00"
    And the checked-out order is cancelled
    Then TEA has 20 in stock
