package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks on option values that picocli's types cannot express; failures are usage errors. */
final class Options {

  private Options() {}

  /** Fails as a usage error of {@code command} unless {@code min <= value <= max}. */
  static void requireRange(CommandLine command, String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ParameterException(
          command, "%s must be between %d and %d, got %d".formatted(option, min, max, value));
    }
  }

  /** Fails as a usage error of {@code command} unless {@code min < value <= max}. */
  static void requireShare(CommandLine command, String option, double value) {
    if (!(value > 0 && value <= 1)) {
      throw new ParameterException(
          command, "%s must be above 0 and at most 1, got %s".formatted(option, value));
    }
  }
}
