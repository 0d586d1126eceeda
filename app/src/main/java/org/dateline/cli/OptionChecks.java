package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The one way a command refuses a number out of range: picocli's usage error (exit 2), in picocli's own words. */
final class OptionChecks {
  private OptionChecks() {}

  static void atLeast(CommandSpec spec, String option, long value, long min) {
    if (value < min)
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '%s': must be at least %d but was %d".formatted(option, min, value));
  }
}
