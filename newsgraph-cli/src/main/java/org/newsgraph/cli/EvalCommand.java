package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval}: quality against labelled data sets. */
@Command(
    name = "eval",
    description = "Measure quality against a labelled data set.",
    subcommands = {
      EvalExtractCommand.class,
      EvalAttributionsCommand.class,
      EvalClusterCommand.class
    })
final class EvalCommand implements Runnable {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing what to evaluate: try 'newsgraph eval extract DIR'.");
  }
}
