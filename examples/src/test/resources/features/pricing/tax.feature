Feature: Sales tax by region

  Scenario Outline: Shipping to <region>
    Given an order of 2 x TEA at 30.00 EUR
    And it ships to <region>
    When the order is quoted
    Then the tax comes to <tax> EUR
    And the total comes to <total> EUR

    Examples:
      | region | tax   | total |
      | EU     | 12.00 | 72.00 |
      | US     | 4.80  | 64.80 |
      | CH     | 4.86  | 64.86 |
