@database
Feature: Low-stock report

  Scenario: Products at or below the threshold
    Given the product BEANS "Beans" at 1.80 EUR with 2 in stock
    And the product RICE "Rice" at 2.10 EUR with 40 in stock
    And the product DAL "Dal" at 2.60 EUR with 0 in stock
    When the warehouse takes 300 ms to answer
    Then the low-stock report at 2 lists "BEANS,DAL"
    And the inventory holds the seed products and this scenario's own
