package dev.covrun.worker;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Work handed out by covrun over a loopback socket ({@link WorkProtocol}). A connection lost
 * between units (covrun is gone) stops the worker with {@link WorkerExit#COVRUN_GONE}; a unit
 * still running then is ended by {@link CovrunLifeline}.
 */
final class CovrunConnection implements UnitSource {
  private final Socket socket;
  private final BufferedReader in;
  private final BufferedWriter out;
  private final String address;
  private final Optional<FeatureRoot> features;
  private String lostBecause;

  private CovrunConnection(Socket socket, String address, Optional<FeatureRoot> features)
      throws IOException {
    this.socket = socket;
    this.in =
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    this.out =
        new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
    this.address = address;
    this.features = features;
  }

  /**
   * Connects and introduces this worker; a refused connection is exit 2 naming the address.
   * {@code feature:} units resolve against the features root.
   */
  static CovrunConnection open(CovrunAddress address, Optional<FeatureRoot> features)
      throws WorkerException {
    String where = address.host() + ":" + address.port();
    try {
      Socket socket = new Socket(address.host(), address.port());
      CovrunConnection connection = new CovrunConnection(socket, where, features);
      connection.send(WorkProtocol.HELLO, String.valueOf(address.worker()));
      return connection;
    } catch (IOException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS,
          "cannot connect to covrun at " + where + ": " + FailureMessage.firstLine(e));
    }
  }

  @Override
  public Optional<List<Unit>> next() throws WorkerException {
    if (lostBecause != null) {
      throw gone(lostBecause);
    }
    String reply;
    try {
      send(WorkProtocol.NEXT);
      reply = in.readLine();
    } catch (IOException e) {
      throw gone(FailureMessage.firstLine(e));
    }
    if (reply == null) {
      throw gone("covrun closed the connection");
    }
    return item(WorkProtocol.fields(reply));
  }

  private Optional<List<Unit>> item(List<String> fields) throws WorkerException {
    if (fields.get(0).equals(WorkProtocol.STOP)) {
      return Optional.empty();
    }
    if (!fields.get(0).equals(WorkProtocol.RUN) || fields.size() < 2) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS,
          "unexpected message from covrun at " + address + ": " + String.join(" ", fields));
    }
    try {
      return Optional.of(fields.subList(1, fields.size()).stream().map(u -> Unit.parse(u, features)).toList());
    } catch (IllegalArgumentException e) {
      throw new WorkerException(
          WorkerExit.BAD_ARGUMENTS, "bad unit from covrun at " + address + ": " + e.getMessage());
    }
  }

  @Override
  public void started(Unit unit) {
    sendQuietly(WorkProtocol.START, unit.name());
  }

  @Override
  public void finished(UnitResult result) {
    sendQuietly(
        WorkProtocol.DONE,
        result.unit(),
        Integer.toString(result.tests()),
        Integer.toString(result.failed()));
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // nothing left to tell covrun
    }
  }

  // A lost connection is reported by the next call to next(), after the unit's outputs are written.
  private void sendQuietly(String... fields) {
    if (lostBecause != null) {
      return;
    }
    try {
      send(fields);
    } catch (IOException e) {
      lostBecause = FailureMessage.firstLine(e);
    }
  }

  private void send(String... fields) throws IOException {
    out.write(WorkProtocol.line(fields));
    out.write('\n');
    out.flush();
  }

  private WorkerException gone(String reason) {
    return new WorkerException(
        WorkerExit.COVRUN_GONE,
        "lost the connection to covrun at " + address + " (" + reason + "): stopping");
  }
}
