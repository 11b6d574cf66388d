package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.server.api.SearchHitItem;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.FoundArticle;
import org.newsgraph.store.InvalidQueryException;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchResults;
import org.newsgraph.store.Snippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph search QUERY}: full-text search. */
@Command(
    name = "search",
    description = {
      "Search articles (Lucene syntax: all words must match; \"phrases\", OR, -exclude,"
          + " title:word)."
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", description = "At most N results (default: 10).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N (default: 0).")
  int offset;

  @Option(
      names = "--include-copies",
      description =
          "List copies of an article as hits of their own (by default they are folded into the"
              + " original, which says how many it has).")
  boolean includeCopies;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Options.requireRange(spec.commandLine(), "--limit", limit, 1, SearchQuery.MAX_LIMIT);
    Options.requireRange(spec.commandLine(), "--offset", offset, 0, 1_000_000);
    SearchResults results;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY)) {
      results =
          corpus.search(new SearchQuery(String.join(" ", words), limit, offset, includeCopies));
    } catch (InvalidQueryException e) {
      root.err().println("newsgraph: invalid query: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (json) {
      root.printJson(results.hits().stream().map(SearchHitItem::of).toList());
    } else {
      print(results, root.out(), root.environment().terminal());
    }
    return ExitCode.OK;
  }

  private void print(SearchResults results, PrintWriter out, boolean terminal) {
    if (results.hits().isEmpty()) {
      out.println("no article matches");
      out.flush();
      return;
    }
    out.printf("%d articles match%n", results.total());
    int rank = offset;
    for (FoundArticle f : results.hits()) {
      out.printf(
          "%n%d. %s%n   id %s, score %.2f%n",
          ++rank, f.article().title(), f.article().id(), f.score());
      if (!f.snippet().text().isEmpty()) {
        out.println("   " + marked(f.snippet(), terminal));
      }
      if (!f.copies().isEmpty()) {
        out.println(
            "   "
                + f.copies().size()
                + (f.copies().size() == 1 ? " copy: " : " copies: ")
                + String.join(", ", f.copyOutlets()));
      }
    }
    out.flush();
  }

  /** The snippet with its matches in bold on a terminal, in *stars* elsewhere. */
  private static String marked(Snippet snippet, boolean terminal) {
    String open = terminal ? "\u001b[1m" : "*";
    String close = terminal ? "\u001b[0m" : "*";
    StringBuilder sb = new StringBuilder();
    for (Snippet.Piece piece : snippet.pieces()) {
      sb.append(piece.marked() ? open + piece.text() + close : piece.text());
    }
    return sb.toString();
  }
}
