package dev.covrun.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CovrunLifelineTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final BlockingQueue<String> ends = new LinkedBlockingQueue<>();
  private final CompletableFuture<Void> covrunGone = new CompletableFuture<>();

  /** Records the calls; its exit returns, as System.exit does not, like shutdown hooks that hang. */
  private final CovrunLifeline.JvmEnd recorder =
      new CovrunLifeline.JvmEnd() {
        @Override
        public void exit(int status) {
          ends.add("exit " + status);
        }

        @Override
        public void halt(int status) {
          ends.add("halt " + status);
        }
      };

  private CovrunLifeline lifeline(Duration haltAfter) {
    return new CovrunLifeline(new PrintStream(err, true, StandardCharsets.UTF_8), recorder, haltAfter);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void should_leave_the_jvm_alone_while_covrun_runs() throws Exception {
    lifeline(Duration.ofMillis(1)).watch(covrunGone, "covrun (pid 42) has ended");

    assertNull(ends.poll(300, TimeUnit.MILLISECONDS));
    assertEquals("", stderr());
  }

  @Test
  void should_say_why_and_exit_5_through_the_shutdown_hooks_once_covrun_has_ended() throws Exception {
    lifeline(Duration.ofHours(1)).watch(covrunGone, "covrun (pid 42) has ended");

    covrunGone.complete(null);

    assertEquals("exit 5", ends.poll(10, TimeUnit.SECONDS));
    assertEquals("covrun-worker: covrun (pid 42) has ended: stopping this test JVM (exit 5)", stderr().strip());
    assertNull(ends.poll(200, TimeUnit.MILLISECONDS), "no halt while the hooks have time left");
  }

  @Test
  void should_halt_when_the_shutdown_hooks_still_run_after_the_grace_period() throws Exception {
    lifeline(Duration.ofSeconds(1)).watch(covrunGone, "covrun (pid 42) has ended");

    covrunGone.complete(null);

    assertEquals("exit 5", ends.poll(10, TimeUnit.SECONDS));
    assertEquals("halt 5", ends.poll(10, TimeUnit.SECONDS));
    assertEquals(
        "covrun-worker: shutdown hooks still running after 1s: halting",
        stderr().strip().lines().reduce((first, second) -> second).orElse(""));
  }
}
