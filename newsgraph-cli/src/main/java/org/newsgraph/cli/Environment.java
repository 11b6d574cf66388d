package org.newsgraph.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the command line takes from the world outside its arguments, gathered in one value so tests
 * can set it: environment variables, whether the error stream is a terminal, where the installation
 * lives, and the clock.
 *
 * @param variables environment variables ({@code NEWSGRAPH_DATA})
 * @param terminal whether standard error is an interactive terminal (progress bars, colour)
 * @param home the installation folder (holds {@code samples/}), when launched from one
 * @param clock the clock for capture and ingest times
 * @param stdin standard input, for commands that read {@code -}
 */
public record Environment(
    Map<String, String> variables,
    boolean terminal,
    @Nullable Path home,
    Clock clock,
    InputStream stdin) {

  public Environment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * The environment of this process; the launcher script says where home is and if stderr is a
   * terminal.
   */
  public static Environment ofProcess() {
    String home = System.getProperty("newsgraph.home");
    return new Environment(
        System.getenv(),
        Boolean.getBoolean("newsgraph.terminal"),
        home == null || home.isBlank() ? null : Path.of(home),
        Clock.systemUTC(),
        System.in);
  }

  /** Environment variable {@code name}, if set and not blank. */
  public @Nullable String variable(String name) {
    String v = variables.get(name);
    return v == null || v.isBlank() ? null : v;
  }
}
