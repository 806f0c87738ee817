Feature: Order lifecycle
  Draft, placed, shipped; cancelled only before shipping.

  Background:
    Given an order of 1 x TEA at 6.50 EUR

  Scenario: Placing and shipping
    When the order is placed
    And the order is shipped
    Then the order's status is SHIPPED

  Scenario: Cancelling a shipped order
    When the order is placed
    And the order is shipped
    And the order is cancelled
    Then the order is refused with "cannot cancel SHIPPED order O-1"

  Scenario: Placing an empty order
    When the line for TEA is removed
    And the order is placed
    Then the order is refused with "order O-1 has no lines"
