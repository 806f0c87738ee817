package dev.covrun.runner.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.covrun.runner.db.ChunkDatabase;
import dev.covrun.runner.db.Password;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildJvmFactoryTest {
  private final RunLayout layout = new RunLayout(Path.of("/out"), 4);

  private ChildJvmFactory factory(boolean assertions) {
    return new ChildJvmFactory(
        new ChildJvmFactory.Settings(
            Path.of("/jdk/bin/java"),
            Path.of("/project"),
            List.of("-Xmx256m"),
            assertions,
            List.of(Path.of("/project/tests"), Path.of("/libs/junit.jar")),
            List.of(Path.of("/covrun/launcher.jar")),
            Path.of("/covrun/worker.jar"),
            Path.of("/out/agent/jacocoagent.jar"),
            "org.acme.*",
            layout));
  }

  @Test
  void should_build_the_whole_command_line_of_a_chunk() {
    ChildJvm jvm =
        factory(true).forWorker(2, 2, ChunkDatabase.copy(Path.of("/out/chunks/2/db/t.db")), "127.0.0.1:4711");
    String cp = String.join(File.pathSeparator, "/project/tests", "/libs/junit.jar", "/covrun/launcher.jar", "/covrun/worker.jar");
    assertEquals(
        List.of(
            "-ea",
            "-Xmx256m",
            "-javaagent:/out/agent/jacocoagent.jar=includes=org.acme.*,sessionid=covrun-chunk-2,output=none,jmx=false",
            "-Djava.io.tmpdir=/out/chunks/2/tmp",
            "-Dcovrun.chunk=2",
            "-Dcovrun.chunks=4",
            "-Dcovrun.worker=2",
            "-Dcovrun.db=/out/chunks/2/db/t.db",
            "-Dcovrun.tmp=/out/chunks/2/tmp",
            "-cp",
            cp,
            "dev.covrun.worker.WorkerMain",
            "--connect", "127.0.0.1:4711",
            "--worker", "2",
            "--events", "/out/chunks/2/events.tsv",
            "--reports", "/out/chunks/2/junit",
            "--exec", "/out/chunks/2/chunk.exec"),
        jvm.arguments());
    assertEquals(Path.of("/project"), jvm.workdir());
  }

  @Test
  void should_set_the_covrun_environment() {
    ChildJvm jvm = factory(true).forWorker(3, 3, ChunkDatabase.copy(Path.of("/db3")), "127.0.0.1:1");
    assertEquals("3", jvm.environment().get("COVRUN_CHUNK"));
    assertEquals("4", jvm.environment().get("COVRUN_CHUNKS"));
    assertEquals("3", jvm.environment().get("COVRUN_WORKER"));
    assertEquals("/db3", jvm.environment().get("COVRUN_DB"));
    assertEquals("/out/chunks/3/tmp", jvm.environment().get("COVRUN_TMP"));
  }

  @Test
  void should_give_a_replacement_the_chunk_it_replaces_and_its_own_worker_number_directory_and_database() {
    ChildJvm jvm = factory(true).forWorker(6, 2, ChunkDatabase.copy(Path.of("/out/chunks/6/db/t.db")), "127.0.0.1:1");

    assertEquals("2", jvm.environment().get("COVRUN_CHUNK"));
    assertEquals("4", jvm.environment().get("COVRUN_CHUNKS"));
    assertEquals("6", jvm.environment().get("COVRUN_WORKER"));
    assertEquals("/out/chunks/6/db/t.db", jvm.environment().get("COVRUN_DB"));
    assertEquals("/out/chunks/6/tmp", jvm.environment().get("COVRUN_TMP"));
    List<String> args = jvm.arguments();
    assertTrue(args.containsAll(List.of("-Dcovrun.chunk=2", "-Dcovrun.chunks=4", "-Dcovrun.worker=6", "-Djava.io.tmpdir=/out/chunks/6/tmp")), args.toString());
    assertEquals(
        List.of("--worker", "6", "--events", "/out/chunks/6/events.tsv", "--reports", "/out/chunks/6/junit", "--exec", "/out/chunks/6/chunk.exec"),
        args.subList(args.indexOf("--worker"), args.size()));
    assertTrue(args.stream().anyMatch(a -> a.startsWith("-javaagent:") && a.contains("sessionid=covrun-chunk-6,")), args.toString());
  }

  @Test
  void should_hand_a_postgresql_clone_over_as_properties_and_env_but_the_password_only_as_env() {
    ChunkDatabase clone =
        ChunkDatabase.ofClone(
            "jdbc:postgresql://h:5432/shop_covrun_0000002a_2?user=ci",
            "shop_covrun_0000002a_2",
            "ci",
            Optional.of(new Password("s3cret")));
    ChildJvm jvm = factory(true).forWorker(2, 2, clone, "127.0.0.1:1");
    assertTrue(jvm.arguments().contains("-Dcovrun.db.url=jdbc:postgresql://h:5432/shop_covrun_0000002a_2?user=ci"));
    assertTrue(jvm.arguments().contains("-Dcovrun.db.name=shop_covrun_0000002a_2"));
    assertEquals("shop_covrun_0000002a_2", jvm.environment().get("COVRUN_DB_NAME"));
    assertEquals("jdbc:postgresql://h:5432/shop_covrun_0000002a_2?user=ci", jvm.environment().get("COVRUN_DB_URL"));
    assertEquals("ci", jvm.environment().get("COVRUN_DB_USER"));
    assertEquals("s3cret", jvm.environment().get("PGPASSWORD"));
    assertFalse(jvm.argFileContent().contains("s3cret"), jvm.argFileContent());
    assertFalse(jvm.environment().containsKey("COVRUN_DB"));
  }

  @Test
  void should_leave_out_db_and_assertions_when_not_wanted() {
    ChildJvm jvm = factory(false).forWorker(1, 1, ChunkDatabase.NONE, "127.0.0.1:1");
    assertFalse(jvm.arguments().contains("-ea"));
    assertFalse(jvm.environment().containsKey("COVRUN_DB"));
    assertTrue(jvm.arguments().stream().noneMatch(a -> a.startsWith("-Dcovrun.db")));
  }

  @Test
  void should_quote_arguments_in_the_arg_file() {
    ChildJvm jvm = new ChildJvm(Path.of("java"), List.of("-Da=b c", "C:\\x\"y"), java.util.Map.of(), Path.of("."));
    assertEquals("\"-Da=b c\"\n\"C:\\\\x\\\"y\"\n", jvm.argFileContent());
  }

  @Test
  void should_zero_pad_chunk_directories_to_the_chunk_count() {
    assertEquals(Path.of("/out/chunks/2"), layout.chunkDir(2));
    assertEquals(Path.of("/out/chunks/02"), new RunLayout(Path.of("/out"), 12).chunkDir(2));
  }

  @Test
  void should_append_the_features_root_and_configuration_parameters_to_the_worker_arguments() {
    List<String> options = WorkerOptions.of(Optional.of("classpath:features"), java.util.Map.of("z.key", "1", "cucumber.glue", "org.acme"));
    ChildJvmFactory withFeatures = new ChildJvmFactory(new ChildJvmFactory.Settings(
        Path.of("/jdk/bin/java"), Path.of("/project"), List.of(), true, List.of(Path.of("/project/tests")),
        List.of(), Path.of("/covrun/worker.jar"), Path.of("/out/agent/jacocoagent.jar"), "org.acme.*", layout, options));

    List<String> args = withFeatures.forWorker(1, 1, ChunkDatabase.NONE, "127.0.0.1:1").arguments();

    assertEquals(
        List.of("--reports", "/out/chunks/1/junit", "--exec", "/out/chunks/1/chunk.exec", "--features", "classpath:features",
            "--config", "cucumber.glue=org.acme", "--config", "z.key=1"),
        args.subList(args.indexOf("--reports"), args.size()));
  }
}
