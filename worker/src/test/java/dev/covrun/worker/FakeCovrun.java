package dev.covrun.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for covrun's side of the work protocol: answers one worker's NEXT with the scripted
 * replies in order, then STOP (or closes the connection), and records every line it received.
 */
final class FakeCovrun implements AutoCloseable {
  private final ServerSocket server;
  private final Deque<String> replies;
  private final boolean hangUpInsteadOfStop;
  private final CompletableFuture<List<String>> received = new CompletableFuture<>();

  FakeCovrun(List<String> replies, boolean hangUpInsteadOfStop) throws IOException {
    this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.replies = new ArrayDeque<>(replies);
    this.hangUpInsteadOfStop = hangUpInsteadOfStop;
    Thread thread = new Thread(this::serve, "fake-covrun");
    thread.setDaemon(true);
    thread.start();
  }

  String address() {
    return "127.0.0.1:" + server.getLocalPort();
  }

  /** Everything the worker sent, once it closed the connection. */
  List<String> received() throws Exception {
    return received.get(60, TimeUnit.SECONDS);
  }

  private void serve() {
    List<String> lines = new ArrayList<>();
    try (Socket socket = server.accept();
        BufferedReader in =
            new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out =
            new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
        if (line.equals(WorkProtocol.NEXT) && !answer(out)) {
          break;
        }
      }
    } catch (IOException e) {
      lines.add("IO " + e.getMessage());
    }
    received.complete(lines);
  }

  private boolean answer(PrintWriter out) {
    if (!replies.isEmpty()) {
      out.println(replies.poll());
      return true;
    }
    if (hangUpInsteadOfStop) {
      return false;
    }
    out.println(WorkProtocol.STOP);
    return true;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
