package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.newsgraph.store.CatalogException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** Entry point of the {@code newsgraph} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(Environment.ofProcess(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with {@code args}, writing to {@code out} and {@code err}. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new NewsgraphCommand(environment));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable cause = e;
          if (cause instanceof UncheckedIOException u) {
            cause = u.getCause();
          }
          if (cause instanceof IOException || cause instanceof CatalogException) {
            commandLine.getErr().println("newsgraph: " + describe(e, cause));
            return ExitCode.FAILURE;
          }
          commandLine.getErr().println("newsgraph: unexpected error (please report it):");
          e.printStackTrace(commandLine.getErr());
          return ExitCode.FAILURE;
        });
    return cli.execute(args);
  }

  private static String describe(Throwable outer, Throwable cause) {
    String message = outer.getMessage() == null ? cause.toString() : outer.getMessage();
    if (outer != cause && cause.getMessage() != null && !message.contains(cause.getMessage())) {
      message += ": " + cause.getMessage();
    }
    return message;
  }
}
