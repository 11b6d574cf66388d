package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.cli.console.AnalysisPrinter;
import org.newsgraph.server.api.ArticleDocument;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph show ID}: one article in full. */
@Command(
    name = "show",
    description = "Show one article: its text, entities, sources, summary, teasers and provenance.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Parameters(paramLabel = "ID", description = "The article's id (as listed by 'list').")
  String id;

  @Option(names = "--json", description = "Print a JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Optional<ArticleDocument> found;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY)) {
      found = ArticleDocument.load(corpus, id.strip());
    }
    if (found.isEmpty()) {
      root.err().println("newsgraph: no article with id '" + id + "'");
      return ExitCode.REJECTED;
    }
    ArticleDocument doc = found.get();
    if (json) {
      root.printJson(doc);
    } else {
      print(doc, root.out());
    }
    return ExitCode.OK;
  }

  private static void print(ArticleDocument a, PrintWriter out) {
    out.println(a.title() + (a.titleDerived() ? "  [headline derived from the lead]" : ""));
    out.println("=".repeat(Math.min(a.title().length(), 100)));
    out.printf(
        "id: %s | language: %s | published: %s | site: %s%n",
        a.id(),
        a.language(),
        a.published() == null ? "-" : a.published(),
        a.siteName() == null ? "-" : a.siteName());
    if (a.url() != null) {
      out.println("url: " + a.url());
    }
    out.printf(
        "capture: %s (%s, %d bytes) from %s at %s%n",
        a.capture().id(),
        a.capture().mediaType(),
        a.capture().size(),
        a.capture().source(),
        a.capture().capturedAt());
    if (a.copyOf() != null) {
      out.println("copy of: " + a.copyOf());
    }
    if (a.story() != null) {
      out.printf(
          "story: %s \"%s\" (%d articles from %d outlets)%n",
          a.story().id(), a.story().label(), a.story().articles(), a.story().outlets());
    }
    if (!a.copies().isEmpty()) {
      out.println(
          a.copies().size()
              + (a.copies().size() == 1 ? " copy: " : " copies: ")
              + String.join(
                  ", ",
                  a.copies().stream()
                      .map(c -> c.siteName() == null ? c.id() : c.siteName() + " (" + c.id() + ")")
                      .toList()));
    }
    out.println();
    out.println(a.text());
    AnalysisPrinter.print(a.analysis(), a.text(), out);
    if (!a.related().isEmpty()) {
      out.println();
      out.println("Related coverage:");
      for (var r : a.related()) {
        out.println("  - " + r.title() + " [" + r.id() + "]");
        out.println("    " + r.teaser());
      }
    }
    if (!a.teasers().isEmpty()) {
      out.println();
      out.println("Related articles:");
      for (ArticleDocument.TeaserItem t : a.teasers()) {
        out.println("  - " + t.text() + (t.url() == null ? "" : " <" + t.url() + ">"));
      }
    }
    out.flush();
  }
}
