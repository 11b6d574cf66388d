package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.cli.console.AnalysisPrinter;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.server.api.ArticleDocument;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.StoredArticle;
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
    Optional<StoredArticle> found;
    Optional<Analysis> analysis;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY)) {
      found = corpus.catalog().article(id.strip());
      analysis = found.flatMap(a -> corpus.catalog().analysis(a.id()));
    }
    if (found.isEmpty()) {
      root.err().println("newsgraph: no article with id '" + id + "'");
      return ExitCode.REJECTED;
    }
    ArticleDocument doc = ArticleDocument.of(found.get(), analysis);
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
    out.println();
    out.println(a.text());
    AnalysisPrinter.print(a.analysis(), a.text(), out);
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
