package org.newsgraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.cli.console.TextTable;
import org.newsgraph.server.api.ArticleListItem;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph list}: the newest articles. */
@Command(name = "list", description = "List articles, newest first.")
final class ListCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Mixin PageOptions page;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    page.check(spec.commandLine());
    List<ArticleListItem> items;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY)) {
      items =
          corpus.catalog().list(page.limit, page.offset).stream().map(ArticleListItem::of).toList();
    }
    if (json) {
      root.printJson(items);
      return ExitCode.OK;
    }
    TextTable table = new TextTable("ID", "PUBLISHED", "LANG", "TITLE");
    for (ArticleListItem a : items) {
      table.row(
          a.id(),
          a.published() == null ? "-" : a.published().toString().substring(0, 10),
          a.language(),
          a.title());
    }
    table.print(root.out(), 120);
    return ExitCode.OK;
  }
}
