package dev.covrun.worker;

import java.util.Arrays;
import java.util.List;

/**
 * The line protocol between covrun and a worker over a loopback socket: UTF-8, one message per
 * line, fields separated by tabs. The worker says {@code HELLO n} once, then asks {@code NEXT} and
 * gets {@code RUN unit...} (units to run in order) or {@code STOP}; it reports {@code START unit}
 * and {@code DONE unit tests failed} around every unit. Shared with the runner, which answers.
 */
public final class WorkProtocol {
  /** Worker: its number, once, right after connecting. */
  public static final String HELLO = "HELLO";
  /** Worker: asks for the next item. */
  public static final String NEXT = "NEXT";
  /** Worker: a unit is starting. */
  public static final String START = "START";
  /** Worker: a unit ended, with its test and failure counts; coverage is on disk. */
  public static final String DONE = "DONE";
  /** covrun: run these units, in this order. */
  public static final String RUN = "RUN";
  /** covrun: no more work for this worker. */
  public static final String STOP = "STOP";

  private WorkProtocol() {}

  /** One message: the fields joined by tabs (tabs and line breaks inside a field become spaces). */
  public static String line(String... fields) {
    return String.join("\t", Arrays.stream(fields).map(WorkProtocol::clean).toList());
  }

  /** The fields of one received message. */
  public static List<String> fields(String line) {
    return List.of(line.split("\t", -1));
  }

  private static String clean(String field) {
    return field.replaceAll("[\t\r\n]", " ");
  }
}
