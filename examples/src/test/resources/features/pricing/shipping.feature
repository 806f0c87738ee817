Feature: Shipping fee
  Orders of 50.00 EUR or more (after discounts) ship for free.

  Scenario: A small order pays shipping
    Given an order of 1 x JAM at 10.00 EUR
    When the order is quoted
    Then the shipping comes to 4.90 EUR
    And the total comes to 17.88 EUR

  Scenario: A large order ships free
    Given an order of 5 x JAM at 10.00 EUR
    When the order is quoted
    Then the shipping comes to 0.00 EUR
