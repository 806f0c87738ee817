package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.CovrunException;
import dev.covrun.runner.ExitCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresUrlTest {
  private static final Map<String, String> ENV = Map.of("USER", "dev");

  @Test
  void should_parse_user_host_port_and_template() {
    PostgresUrl url = PostgresUrl.parse("postgresql://ci@db.local:6543/shop", ENV);
    assertEquals(new PostgresUrl("ci", "db.local", 6543, "shop", ""), url);
    assertEquals("jdbc:postgresql://db.local:6543/postgres", url.jdbcUrl(url.maintenanceDatabase()));
    assertEquals("jdbc:postgresql://db.local:6543/shop_1?user=ci", url.jdbcUrlWithUser("shop_1"));
    assertEquals("postgresql://ci@db.local:6543/shop", url.toString());
  }

  @Test
  void should_default_the_port_and_take_the_user_from_pguser_then_user() {
    assertEquals(5432, PostgresUrl.parse("postgres://h/t", ENV).port());
    assertEquals("dev", PostgresUrl.parse("postgresql://h/t", ENV).user());
    assertEquals("pg", PostgresUrl.parse("postgresql://h/t", Map.of("PGUSER", "pg", "USER", "dev")).user());
  }

  @Test
  void should_keep_ipv6_hosts_and_connection_parameters() {
    PostgresUrl url = PostgresUrl.parse("postgresql://u@[::1]:5433/t?sslmode=require", ENV);
    assertEquals("::1", url.host());
    assertEquals("[::1]:5433", url.hostPort());
    assertEquals("jdbc:postgresql://[::1]:5433/c?user=u&sslmode=require", url.jdbcUrlWithUser("c"));
  }

  @Test
  void should_connect_to_template1_when_the_template_is_postgres_itself() {
    assertEquals("template1", PostgresUrl.parse("postgresql://u@h/postgres", ENV).maintenanceDatabase());
  }

  @Test
  void should_tell_urls_from_paths() {
    assertTrue(PostgresUrl.isUrl("postgresql://u@h/t"));
    assertTrue(PostgresUrl.isUrl("mysql://u@h/t"));
    assertFalse(PostgresUrl.isUrl("build/template.db"));
    assertFalse(PostgresUrl.isUrl("C:\\build\\template.db"));
  }

  @Test
  void should_refuse_a_password_in_the_url_without_repeating_it() {
    String message = badInput("postgresql://u:s3cret@h/t");
    assertEquals("--template-db must not contain a password: put it in PGPASSWORD or ~/.pgpass", message);
    assertFalse(badInput("postgresql://u@h/t?password=s3cret").contains("s3cret"));
  }

  @Test
  void should_name_the_bad_part_of_a_url() {
    assertEquals(
        "unsupported --template-db URL 'mysql://u@h/t': expected a file, a directory or"
            + " postgresql://USER@HOST:PORT/TEMPLATE",
        badInput("mysql://u@h/t"));
    assertEquals(
        "invalid --template-db 'postgresql://u@h:54x/t': port '54x' is not a number from 1 to 65535",
        badInput("postgresql://u@h:54x/t"));
    assertEquals(
        "invalid --template-db 'postgresql://u@h:5432': no template database name; expected"
            + " postgresql://USER@HOST:PORT/TEMPLATE",
        badInput("postgresql://u@h:5432"));
    assertEquals(
        "invalid --template-db 'postgresql://u@/t': no host; expected postgresql://USER@HOST:PORT/TEMPLATE",
        badInput("postgresql://u@/t"));
  }

  private static String badInput(String value) {
    CovrunException e = assertThrows(CovrunException.class, () -> PostgresUrl.parse(value, ENV));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    return e.getMessage();
  }
}
