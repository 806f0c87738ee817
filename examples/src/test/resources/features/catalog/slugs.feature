Feature: Product slugs
  Product names become lower-case ASCII words joined by dashes.

  Scenario Outline: The slug of "<name>"
    When I make a slug of "<name>"
    Then the slug is "<slug>"

    Examples:
      | name                  | slug               |
      | Crème Brûlée (6 pcs)  | creme-brulee-6-pcs |
      | --Apple--             | apple              |
      | ???                   | n-a                |
