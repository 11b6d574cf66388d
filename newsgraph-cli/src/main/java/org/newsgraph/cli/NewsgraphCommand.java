package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.DataDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root of the command line: global options, and the subcommands that do the work. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Ingest news, search it, read it.",
    subcommands = {
      IngestCommand.class,
      ListCommand.class,
      ShowCommand.class,
      SearchCommand.class,
      AnnotateCommand.class,
      EntitiesCommand.class,
      StoriesCommand.class,
      ReprocessCommand.class,
      ServeCommand.class,
      ReindexCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 done; 1 some inputs rejected or not found; 2 usage error; 3 storage failure."
    })
public final class NewsgraphCommand implements Runnable {

  /** Environment variable naming the default data directory. */
  public static final String DATA_VARIABLE = "NEWSGRAPH_DATA";

  private final Environment environment;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description = "Data directory (default: $NEWSGRAPH_DATA, else ./data).")
  @Nullable Path data;

  public NewsgraphCommand(Environment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: try 'newsgraph --help'.");
  }

  Environment environment() {
    return environment;
  }

  /** The data directory the user chose. */
  DataDir dataDir() {
    if (data != null) {
      return new DataDir(data);
    }
    String fromEnv = environment.variable(DATA_VARIABLE);
    return new DataDir(Path.of(fromEnv != null ? fromEnv : "data"));
  }

  /** Opens the corpus in the chosen data directory. */
  Corpus openCorpus(Corpus.Access access) {
    try {
      return Corpus.open(dataDir(), access);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open data directory " + dataDir().root(), e);
    }
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints {@code value} as indented JSON, the {@code --json} form of every command. */
  void printJson(Object value) {
    try {
      out().println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
      out().flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
    }
  }
}
