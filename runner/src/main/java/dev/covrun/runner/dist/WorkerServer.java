package dev.covrun.runner.dist;

import dev.covrun.worker.WorkProtocol;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * covrun's end of the work protocol ({@link WorkProtocol}): a server socket bound to 127.0.0.1 on
 * a free port, one thread per connected worker answering NEXT with RUN or STOP and passing START
 * and DONE on to the pool. Connections that do not introduce themselves as a worker covrun started
 * are closed.
 */
final class WorkerServer implements AutoCloseable {
  private static final int HELLO_TIMEOUT_MILLIS = 60_000;

  private final ServerSocket server;
  private final Dispatch dispatch;

  private WorkerServer(ServerSocket server, Dispatch dispatch) {
    this.server = server;
    this.dispatch = dispatch;
  }

  /** Binds to the loopback address only, so nothing off this machine can ask for work. */
  static WorkerServer open(Dispatch dispatch) throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    WorkerServer server = new WorkerServer(socket, dispatch);
    daemon("covrun-accept", server::acceptAll).start();
    return server;
  }

  /** Where workers connect: {@code 127.0.0.1:PORT}. */
  String address() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  private void acceptAll() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        daemon("covrun-worker-connection", () -> serve(socket)).start();
      } catch (IOException e) {
        // closed at the end of the run
      }
    }
  }

  private void serve(Socket socket) {
    Optional<Worker> worker = Optional.empty();
    try (socket;
        BufferedReader in = reader(socket);
        BufferedWriter out = writer(socket)) {
      socket.setSoTimeout(HELLO_TIMEOUT_MILLIS);
      worker = hello(in.readLine());
      if (worker.isPresent()) {
        socket.setSoTimeout(0);
        converse(worker.get(), in, out);
      }
    } catch (IOException e) {
      // the worker died or closed the connection: the pool learns how from its process
    } finally {
      worker.ifPresent(Worker::sessionEnded);
    }
  }

  private Optional<Worker> hello(String line) {
    if (line == null) {
      return Optional.empty();
    }
    List<String> fields = WorkProtocol.fields(line);
    if (fields.size() != 2 || !fields.get(0).equals(WorkProtocol.HELLO)) {
      return Optional.empty();
    }
    try {
      return dispatch.attach(Integer.parseInt(fields.get(1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void converse(Worker worker, BufferedReader in, BufferedWriter out) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      List<String> fields = WorkProtocol.fields(line);
      if (fields.size() < 2 && !fields.get(0).equals(WorkProtocol.NEXT)) {
        continue;
      }
      switch (fields.get(0)) {
        case WorkProtocol.NEXT -> reply(out, dispatch.handOut(worker));
        case WorkProtocol.START -> dispatch.started(worker, fields.get(1));
        case WorkProtocol.DONE -> dispatch.done(worker, fields.get(1), count(fields, 2), count(fields, 3));
        default -> {
          // unknown messages are ignored, so older covruns can talk to newer workers
        }
      }
    }
  }

  private static void reply(BufferedWriter out, Optional<WorkItem> item) throws IOException {
    String line =
        item.map(i -> runLine(i.units())).orElse(WorkProtocol.line(WorkProtocol.STOP));
    out.write(line);
    out.write('\n');
    out.flush();
  }

  private static String runLine(List<String> units) {
    String[] fields = new String[units.size() + 1];
    fields[0] = WorkProtocol.RUN;
    for (int i = 0; i < units.size(); i++) {
      fields[i + 1] = units.get(i);
    }
    return WorkProtocol.line(fields);
  }

  private static int count(List<String> fields, int index) {
    try {
      return index < fields.size() ? Integer.parseInt(fields.get(index)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static BufferedReader reader(Socket socket) throws IOException {
    return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }

  private static BufferedWriter writer(Socket socket) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
  }

  private static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // nothing to release
    }
  }
}
