package org.newsgraph.cli;

/** The exit codes of every command; a public interface that scripts test. */
public final class ExitCode {
  /** Everything asked for was done. */
  public static final int OK = 0;

  /** Some inputs were rejected (the rest was done), or the article asked for does not exist. */
  public static final int REJECTED = 1;

  /** The command line was wrong: unknown option, missing argument, unparsable query. */
  public static final int USAGE = 2;

  /** The data directory could not be read or written (disk full, permissions, corruption). */
  public static final int FAILURE = 3;

  private ExitCode() {}
}
