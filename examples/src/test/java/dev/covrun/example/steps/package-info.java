/**
 * Cucumber step definitions for the demo's feature files (src/test/resources/features), which
 * covrun runs with {@code features: classpath:features} from covrun.yaml, one unit per file.
 *
 * <p>May import Cucumber's Java API, JUnit Jupiter assertions, JDBC and the demo library.
 */
package dev.covrun.example.steps;
