package org.newsgraph.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph reindex}: rebuilds the search index from the catalog. */
@Command(name = "reindex", description = "Rebuild the search index from the catalog.")
final class ReindexCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Override
  public Integer call() throws IOException {
    long indexed;
    try (Corpus corpus = root.openCorpus(Corpus.Access.READ_WRITE)) {
      indexed =
          corpus.reindex(
              done -> {
                if (root.environment().terminal()) {
                  root.err().printf("\r\u001b[Kreindex: %,d articles", done);
                  root.err().flush();
                }
              });
    }
    if (root.environment().terminal()) {
      root.err().print("\r\u001b[K");
      root.err().flush();
    }
    root.out().printf("reindex: %d articles indexed in %s%n", indexed, root.dataDir().index());
    root.out().flush();
    return ExitCode.OK;
  }
}
