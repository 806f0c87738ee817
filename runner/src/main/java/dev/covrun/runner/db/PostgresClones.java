package dev.covrun.runner.db;

import dev.covrun.runner.CovrunException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One PostgreSQL clone per chunk ({@code CREATE DATABASE <clone> TEMPLATE <template>}), checked
 * before any JVM starts and dropped at the end of the run, also on Ctrl-C or SIGTERM (from a
 * shutdown hook; {@code DROP ... WITH (FORCE)} ends sessions of JVMs still shutting down). A run
 * killed outright leaves its clones to the next run, which finds them by name.
 */
public final class PostgresClones implements TemplateDatabase {
  private static final int LOCK_ATTEMPTS = 5;

  private final PostgresTemplate template;
  private final PostgresAdmin admin;
  private final RunId run;
  private final DatabaseSetup setup;
  private final PrintWriter out;
  private final PrintWriter err;
  private final List<String> created = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::close, "covrun-drop-clones");
  private long createNanos;
  private boolean closed;

  private PostgresClones(PostgresTemplate template, PostgresAdmin admin, RunId run, DatabaseSetup setup) {
    this.template = template;
    this.admin = admin;
    this.run = run;
    this.setup = setup;
    this.out = setup.out();
    this.err = setup.err();
  }

  /** Connects, checks the template, claims a run id and drops stale clones of killed runs. */
  static PostgresClones open(PostgresTemplate template, DatabaseSetup setup) {
    String name = template.url().database();
    if (!CloneName.fits(name, setup.highestChunk())) {
      throw CovrunException.badInput(
          "template database name '" + name + "' is too long for its clone names ("
              + new CloneName(name, new RunId(0), setup.highestChunk()) + " is over "
              + CloneName.MAX_BYTES + " bytes)");
    }
    PostgresAdmin admin = PostgresAdmin.connect(template);
    try {
      Optional<String> problem = admin.facts().problem();
      if (problem.isPresent()) {
        throw CovrunException.badInput(problem.get());
      }
      RunId run = claimRunId(admin);
      StaleClones.sweep(admin, name, run, setup.out(), setup.err());
      PostgresClones clones = new PostgresClones(template, admin, run, setup);
      Runtime.getRuntime().addShutdownHook(clones.shutdownHook);
      return clones;
    } catch (SQLException e) {
      admin.close();
      throw CovrunException.badInput(
          "cannot check template database '" + name + "' on " + template.url().hostPort() + ": "
              + admin.describe(e));
    } catch (RuntimeException e) {
      admin.close();
      throw e;
    }
  }

  private static RunId claimRunId(PostgresAdmin admin) throws SQLException {
    SecureRandom random = new SecureRandom();
    for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      RunId candidate = RunId.random(random);
      if (admin.tryLock(candidate)) {
        return candidate;
      }
    }
    throw new SQLException("no free covrun run id after " + LOCK_ATTEMPTS + " attempts");
  }

  /** Clones the template for this chunk and hands the JVM its JDBC URL, name and user. */
  @Override
  public synchronized ChunkDatabase prepare(int chunk, Path dbDir) {
    if (closed) {
      throw new IllegalStateException("clones already dropped");
    }
    String clone = new CloneName(template.url().database(), run, chunk).name();
    long start = System.nanoTime();
    try {
      admin.createClone(clone);
    } catch (SQLException e) {
      throw CovrunException.badInput(cloneFailure(clone, e));
    }
    createNanos += System.nanoTime() - start;
    created.add(clone);
    if (created.size() == setup.chunks()) {
      out.printf(
          "[covrun] %d PostgreSQL clones of %s ready in %.2fs (%s .. %s)%n",
          created.size(), template.url().database(), createNanos / 1e9, created.get(0), clone);
      out.flush();
    }
    PostgresUrl url = template.url();
    return ChunkDatabase.ofClone(url.jdbcUrlWithUser(clone), clone, url.user(), template.password());
  }

  private String cloneFailure(String clone, SQLException e) {
    String database = template.url().database();
    if ("55006".equals(e.getSQLState())) {
      try {
        List<TemplateFacts.Session> sessions = admin.sessionsOn(database);
        if (!sessions.isEmpty()) {
          return TemplateFacts.inUse(database, sessions);
        }
      } catch (SQLException ignored) {
        // fall back to the server's own words
      }
    }
    return "cannot create PostgreSQL clone " + clone + " of " + database + ": " + admin.describe(e);
  }

  /** Drops every clone of this run (or, with --keep-db, names them) and releases the run's lock. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    removeShutdownHook();
    if (setup.keep()) {
      printKept();
    } else {
      dropAll();
    }
    admin.close();
  }

  private void dropAll() {
    int dropped = 0;
    for (String clone : created) {
      try {
        admin.drop(clone);
        dropped++;
      } catch (SQLException e) {
        err.println(
            "covrun: warning: cannot drop PostgreSQL clone " + clone + ": " + admin.describe(e)
                + " (the next covrun run with this template drops it)");
      }
    }
    if (dropped > 0) {
      out.printf("[covrun] dropped %d PostgreSQL clone%s%n", dropped, dropped == 1 ? "" : "s");
    }
    out.flush();
    err.flush();
  }

  private void printKept() {
    if (!created.isEmpty()) {
      out.printf(
          "[covrun] kept PostgreSQL clones (--keep-db) until the next covrun run with this template: %s%n",
          String.join(", ", created));
      out.flush();
    }
  }

  private void removeShutdownHook() {
    if (Thread.currentThread() == shutdownHook) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // shutting down already: the hook itself finds the clones dropped
    }
  }
}
