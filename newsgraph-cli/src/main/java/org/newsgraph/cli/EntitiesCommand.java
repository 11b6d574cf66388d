package org.newsgraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.cli.console.TextTable;
import org.newsgraph.server.api.EntityListItem;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.EntitySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph entities}: the people, organisations and places the corpus mentions. */
@Command(
    name = "entities",
    description =
        "List the entities the analysed articles mention, the most widely mentioned first, with"
            + " their stable ids, counts and the names used for them.")
final class EntitiesCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Mixin PageOptions page;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    page.check(spec.commandLine());
    List<EntitySummary> entities;
    long total;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY)) {
      entities = corpus.catalog().entities(page.limit, page.offset);
      total = corpus.catalog().countEntities();
    }
    if (json) {
      root.printJson(entities.stream().map(EntityListItem::of).toList());
      return ExitCode.OK;
    }
    TextTable table = new TextTable("ID", "TYPE", "ARTICLES", "MENTIONS", "NAME / ALIASES");
    for (EntitySummary e : entities) {
      String aliases =
          e.aliases().stream()
              .map(EntitySummary.Alias::text)
              .filter(a -> !a.equals(e.name()))
              .limit(5)
              .collect(Collectors.joining(", "));
      table.row(
          e.id(),
          e.type().name().toLowerCase(java.util.Locale.ROOT),
          Long.toString(e.articles()),
          Long.toString(e.mentions()),
          e.name() + (aliases.isEmpty() ? "" : " (" + aliases + ")"));
    }
    table.print(root.out(), 120);
    root.out().printf("%d of %d entities%n", entities.size(), total);
    root.out().flush();
    return ExitCode.OK;
  }
}
