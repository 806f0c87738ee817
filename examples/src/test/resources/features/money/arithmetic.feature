Feature: Money arithmetic
  Amounts are cents with a currency; mixing currencies is refused.

  Scenario Outline: <a> plus <b>
    Given an amount of <a> EUR
    When I add <b> EUR
    Then the amount reads "<sum> EUR"

    Examples:
      | a     | b    | sum   |
      | 1.50  | 2.25 | 3.75  |
      | 19.99 | 0.01 | 20.00 |

  Scenario: Going below zero
    Given an amount of 5.00 EUR
    When I subtract 7.50 EUR
    Then the amount is negative: true

  Scenario: Mixing currencies
    Given an amount of 5.00 EUR
    When I add 1.00 USD
    Then it is refused with "currency mismatch: EUR vs USD"
