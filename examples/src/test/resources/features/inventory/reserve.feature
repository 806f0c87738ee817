@database
Feature: Reserving stock

  Scenario: Reserving what is there
    Given the product SALT "Salt" at 1.10 EUR with 5 in stock
    When 5 of SALT are reserved
    And the warehouse takes 400 ms to answer
    Then SALT has 0 in stock
    And the inventory holds the seed products and this scenario's own

  Scenario: Reserving more than there is
    Given the product PEPPER "Pepper" at 3.20 EUR with 2 in stock
    When 3 of PEPPER are reserved
    Then the inventory refuses with "not enough stock of {own}PEPPER for 3 units"
    And PEPPER has 2 in stock
