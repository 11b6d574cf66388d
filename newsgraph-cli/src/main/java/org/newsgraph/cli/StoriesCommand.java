package org.newsgraph.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.cli.console.TextTable;
import org.newsgraph.server.api.StoryListItem;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph stories}: the stories the corpus's articles form. */
@Command(
    name = "stories",
    description =
        "List stories, the largest first: id, label (the most central headline), articles,"
            + " copies among them, outlets, and when coverage began and last grew.")
final class StoriesCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Mixin PageOptions page;

  @Option(names = "--json", description = "Print a JSON array.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    page.check(spec.commandLine());
    List<StoryListItem> stories;
    long total;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY)) {
      stories =
          corpus.catalog().stories(page.limit, page.offset).stream()
              .map(StoryListItem::of)
              .toList();
      total = corpus.catalog().countStories();
    }
    if (json) {
      root.printJson(stories);
      return ExitCode.OK;
    }
    TextTable table = new TextTable("ID", "ARTICLES", "COPIES", "OUTLETS", "LAST", "LABEL");
    for (StoryListItem s : stories) {
      table.row(
          s.id(),
          Long.toString(s.articles()),
          Long.toString(s.copies()),
          Long.toString(s.outlets()),
          s.lastSeen() == null ? "-" : s.lastSeen().toString().substring(0, 10),
          s.label());
    }
    table.print(root.out(), 120);
    root.out().printf("%d of %d stories%n", stories.size(), total);
    root.out().flush();
    return ExitCode.OK;
  }
}
