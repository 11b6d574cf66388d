package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.newsgraph.cli.console.AnalysisPrinter;
import org.newsgraph.enrich.TextAnalyzer;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.server.api.AnalysisDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph annotate [FILE...|-]}: analyses plain text without storing it. */
@Command(
    name = "annotate",
    description = {
      "Analyse plain UTF-8 text: entities, roles, attributions with source classes, dates,"
          + " summary, teaser and keyphrases. The text is read verbatim, so every offset"
          + " indexes the input exactly (in UTF-16 units, as Java and JavaScript count).",
      "Reads standard input when no FILE is given or FILE is '-'. Nothing is stored."
    },
    footer = {
      "",
      "With --json, prints one JSON object per input, in order:",
      "  {file, language, notAnalysed, sentences, entities, roles, attributions, dates,"
          + " summary, teaser, keyphrases, sourcing}",
      "",
      "Exit status: 0 all inputs analysed; 1 some unreadable; 2 usage error."
    })
final class AnnotateCommand implements Callable<Integer> {

  /** Larger inputs are refused before reading: far beyond what one text analysis takes. */
  static final long MAX_INPUT_BYTES = 16L * 1024 * 1024;

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Text files; '-' for stdin.")
  List<String> files = List.of();

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description =
          "Publication date (YYYY-MM-DD) to read relative dates against (\"on Tuesday\").")
  @Nullable String published;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    LocalDate reference = null;
    if (published != null) {
      try {
        reference = LocalDate.parse(published.strip());
      } catch (DateTimeParseException e) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(),
            "--published must be a date like 2025-06-20, got '" + published + "'");
      }
    }
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    TextAnalyzer analyzer = new TextAnalyzer();
    int exit = ExitCode.OK;
    for (String input : inputs) {
      String text;
      try {
        text = read(input);
      } catch (UnreadableInput e) {
        root.err().println("newsgraph: " + name(input) + ": " + e.getMessage());
        root.err().flush();
        exit = ExitCode.REJECTED;
        continue;
      }
      Analysis analysis = analyzer.analyze(text, reference);
      String file = input.equals("-") ? null : input;
      AnalysisDocument doc = AnalysisDocument.of(file, analysis);
      if (json) {
        root.printJson(doc);
      } else {
        root.out()
            .println(
                "== "
                    + name(input)
                    + " ("
                    + analysis.language()
                    + ", "
                    + analysis.sentences().size()
                    + " sentences)");
        AnalysisPrinter.print(doc.analysis(), text, root.out());
        root.out().println();
        root.out().flush();
      }
    }
    return exit;
  }

  /** Why an input cannot be analysed; the message is the user's one line. */
  private static final class UnreadableInput extends Exception {
    UnreadableInput(String message) {
      super(message);
    }
  }

  private String read(String input) throws UnreadableInput {
    byte[] bytes;
    try {
      if (input.equals("-")) {
        bytes = readLimited(root.environment().stdin());
      } else {
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
          throw new UnreadableInput("is a folder; give text files");
        }
        if (Files.size(path) > MAX_INPUT_BYTES) {
          throw new UnreadableInput(
              "too large (" + Files.size(path) + " bytes; the limit is " + MAX_INPUT_BYTES + ")");
        }
        bytes = Files.readAllBytes(path);
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableInput("no such file");
    } catch (IOException e) {
      throw new UnreadableInput("cannot read: " + e.getMessage());
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new UnreadableInput("binary data, not text");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableInput("not UTF-8 text; convert it first (e.g. with iconv)");
    }
  }

  private static byte[] readLimited(InputStream in) throws IOException, UnreadableInput {
    byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new UnreadableInput("too large (the limit is " + MAX_INPUT_BYTES + " bytes)");
    }
    return bytes;
  }

  private static String name(String input) {
    return input.equals("-") ? "stdin" : input;
  }
}
