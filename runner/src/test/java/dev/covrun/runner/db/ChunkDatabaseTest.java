package dev.covrun.runner.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChunkDatabaseTest {

  @Test
  void should_give_a_clone_url_name_and_user_as_properties_and_the_password_only_as_env() {
    ChunkDatabase db =
        ChunkDatabase.ofClone("jdbc:postgresql://h:1/c?user=u", "c", "u", Optional.of(new Password("s3cret")));
    assertEquals(List.of("covrun.db.url", "covrun.db.name", "covrun.db.user"), List.copyOf(db.properties().keySet()));
    assertEquals(Map.of("PGPASSWORD", "s3cret"), db.secretEnvironment());
    assertFalse(db.properties().containsValue("s3cret"));
  }

  @Test
  void should_never_show_the_password_as_text() {
    Password password = new Password("s3cret");
    ChunkDatabase db = ChunkDatabase.ofClone("jdbc:postgresql://h:1/c", "c", "u", Optional.of(password));
    assertFalse(db.toString().contains("s3cret"), db.toString());
    assertEquals("****", password.toString());
    assertEquals("auth failed for **** and ****", password.scrub("auth failed for s3cret and s3cret"));
  }
}
