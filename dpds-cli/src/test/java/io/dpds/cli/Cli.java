package io.dpds.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the {@code dpds} command in the test's JVM and keeps what the last run printed. */
final class Cli {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs a command line with no standard input; returns its exit code. */
  int run(String... args) {
    return runWithInput("", args);
  }

  /** Runs a command line with {@code stdin} as its standard input; returns its exit code. */
  int runWithInput(String stdin, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  /** What the last run printed on standard output. */
  String out() {
    return out.toString();
  }

  /** What the last run printed on standard error. */
  String err() {
    return err.toString();
  }
}
