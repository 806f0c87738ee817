Feature: Formatting and rates

  Scenario: Multiplying for a quantity
    Given an amount of 2.40 EUR
    When I multiply it by 3
    Then the amount reads "7.20 EUR"

  Scenario Outline: <points> basis points of <amount>
    Given an amount of <amount> EUR
    When I take <points> basis points of it
    Then the amount reads "<part> EUR"

    Examples:
      | amount | points | part  |
      | 100.00 | 2000   | 20.00 |
      | 12.34  | 810    | 1.00  |
