package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline eval ...}: measure a stage against a gold data set and print the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure Dateline against a gold data set and print the figures.",
    subcommands = {EvalExtractionCommand.class, EvalMetadataCommand.class, EvalDatesCommand.class, EvalTextCommand.class,
        PolnearCommand.class, EvalStoriesCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: " + String.join(", ", spec.subcommands().keySet()));
  }
}
