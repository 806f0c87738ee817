package dev.covrun.runner.db;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the server says about a template and the connecting user, and the one problem (if any)
 * that keeps PostgreSQL from cloning it: checked before any JVM starts.
 */
record TemplateFacts(
    String template,
    String user,
    String server,
    boolean exists,
    boolean mayCreateDatabases,
    boolean mayCopy,
    List<Session> sessions) {

  /** Another connection to the template, as pg_stat_activity shows it. */
  record Session(int pid, String user, String application, String client) {
    String describe() {
      StringBuilder text = new StringBuilder("pid " + pid + " (user " + orUnknown(user));
      if (application != null && !application.isEmpty()) {
        text.append(", application ").append(application);
      }
      if (client != null && !client.isEmpty()) {
        text.append(", from ").append(client);
      }
      return text.append(')').toString();
    }

    private static String orUnknown(String value) {
      return value == null ? "?" : value;
    }
  }

  /** The reason the template cannot be cloned, or empty when it can. */
  Optional<String> problem() {
    if (!exists) {
      return Optional.of("template database '" + template + "' not found on " + server);
    }
    if (!mayCreateDatabases) {
      return Optional.of(
          "PostgreSQL user '" + user + "' may not create databases on " + server
              + " (grant it with: ALTER ROLE \"" + user + "\" CREATEDB)");
    }
    if (!mayCopy) {
      return Optional.of(
          "PostgreSQL user '" + user + "' may not clone '" + template + "': it is not a template"
              + " database and the user does not own it (ALTER DATABASE \"" + template
              + "\" IS_TEMPLATE true)");
    }
    return sessions.isEmpty() ? Optional.empty() : Optional.of(inUse(template, sessions));
  }

  /** The message for a template that other sessions hold open. */
  static String inUse(String template, List<Session> sessions) {
    int count = sessions.size();
    return "template database '" + template + "' has " + count + " other open connection"
        + (count == 1 ? "" : "s") + ", and PostgreSQL cannot clone a database in use: "
        + sessions.stream().map(Session::describe).collect(Collectors.joining(", "))
        + "; close " + (count == 1 ? "it" : "them") + " and run again";
  }
}
