@database
Feature: Restocking

  Scenario: Units are added to stock
    Given the product OATS "Oats" at 2.40 EUR with 3 in stock
    When 9 of OATS are restocked
    And the warehouse takes 400 ms to answer
    Then OATS has 12 in stock
    And the inventory holds the seed products and this scenario's own

  Scenario: Restocking nothing is refused
    Given the product RYE "Rye" at 2.90 EUR with 3 in stock
    When 0 of RYE are restocked
    Then the inventory refuses with "restock needs a positive amount: 0"
