package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateFactsTest {
  private static final TemplateFacts.Session PSQL =
      new TemplateFacts.Session(4711, "alice", "psql", "10.0.0.7/32");

  private static TemplateFacts facts(boolean exists, boolean createdb, boolean copy, List<TemplateFacts.Session> sessions) {
    return new TemplateFacts("shop", "ci", "db:5432", exists, createdb, copy, sessions);
  }

  @Test
  void should_accept_a_template_that_can_be_cloned() {
    assertEquals(Optional.empty(), facts(true, true, true, List.of()).problem());
  }

  @Test
  void should_name_a_missing_template_and_its_server() {
    assertEquals(
        Optional.of("template database 'shop' not found on db:5432"),
        facts(false, true, false, List.of()).problem());
  }

  @Test
  void should_say_the_user_needs_createdb() {
    assertEquals(
        Optional.of(
            "PostgreSQL user 'ci' may not create databases on db:5432 (grant it with: ALTER ROLE \"ci\" CREATEDB)"),
        facts(true, false, true, List.of()).problem());
  }

  @Test
  void should_say_the_user_may_not_copy_a_foreign_non_template() {
    assertEquals(
        Optional.of(
            "PostgreSQL user 'ci' may not clone 'shop': it is not a template database and the user"
                + " does not own it (ALTER DATABASE \"shop\" IS_TEMPLATE true)"),
        facts(true, true, false, List.of()).problem());
  }

  @Test
  void should_name_the_sessions_that_hold_the_template_open() {
    assertEquals(
        Optional.of(
            "template database 'shop' has 1 other open connection, and PostgreSQL cannot clone a"
                + " database in use: pid 4711 (user alice, application psql, from 10.0.0.7/32);"
                + " close it and run again"),
        facts(true, true, true, List.of(PSQL)).problem());
    TemplateFacts.Session bare = new TemplateFacts.Session(12, null, "", null);
    assertEquals(
        "template database 'shop' has 2 other open connections, and PostgreSQL cannot clone a"
            + " database in use: pid 4711 (user alice, application psql, from 10.0.0.7/32),"
            + " pid 12 (user ?); close them and run again",
        TemplateFacts.inUse("shop", List.of(PSQL, bare)));
  }
}
