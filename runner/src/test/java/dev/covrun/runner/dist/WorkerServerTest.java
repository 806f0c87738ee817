package dev.covrun.runner.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** covrun's end of the protocol, spoken to over a real loopback socket. */
class WorkerServerTest {

  /** Hands out the scripted items to worker 4 only and records what it is told. */
  private static final class ScriptedDispatch implements Dispatch {
    final Worker worker = new Worker(4, 1, Role.WORKER);
    final Deque<WorkItem> items = new ArrayDeque<>();
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Worker> attach(int number) {
      return number == 4 && worker.connect() ? Optional.of(worker) : Optional.empty();
    }

    @Override
    public Optional<WorkItem> handOut(Worker asking) {
      return Optional.ofNullable(items.poll());
    }

    @Override
    public void started(Worker asking, String unit) {
      heard.add("started " + unit);
    }

    @Override
    public void done(Worker asking, String unit, int tests, int failed) {
      heard.add("done " + unit + " " + tests + " " + failed);
    }
  }

  private static Socket connect(WorkerServer server) throws Exception {
    String[] hostPort = server.address().split(":");
    assertEquals("127.0.0.1", hostPort[0]);
    return new Socket(hostPort[0], Integer.parseInt(hostPort[1]));
  }

  @Test
  void should_hand_out_items_as_run_lines_then_stop_and_pass_on_start_and_done() throws Exception {
    ScriptedDispatch dispatch = new ScriptedDispatch();
    dispatch.items.add(new WorkItem(List.of("a.ATest", "a.BTest"), 2));
    try (WorkerServer server = WorkerServer.open(dispatch);
        Socket socket = connect(server);
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      out.println("HELLO\t4");
      out.println("NEXT");
      assertEquals("RUN\ta.ATest\ta.BTest", in.readLine());
      out.println("START\ta.ATest");
      out.println("DONE\ta.ATest\t3\t1");
      out.println("NEXT");
      assertEquals("STOP", in.readLine());
    }
    dispatch.worker.awaitSession();
    assertEquals(List.of("started a.ATest", "done a.ATest 3 1"), dispatch.heard);
  }

  @Test
  void should_close_a_connection_that_is_not_a_worker_it_started() throws Exception {
    ScriptedDispatch dispatch = new ScriptedDispatch();
    try (WorkerServer server = WorkerServer.open(dispatch);
        Socket socket = connect(server);
        PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      out.println("HELLO\t9");
      out.println("NEXT");
      assertNull(in.readLine(), "closed without an answer");
    }
    assertTrue(dispatch.heard.isEmpty());
  }
}
