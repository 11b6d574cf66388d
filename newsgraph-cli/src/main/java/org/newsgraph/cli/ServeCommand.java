package org.newsgraph.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: the web reader and REST API, until interrupted. */
@Command(name = "serve", description = "Serve the web reader and the REST API (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand NewsgraphCommand root;

  @Spec CommandSpec spec;

  @Mixin ListenOptions listen;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Options.requireRange(spec.commandLine(), "--port", listen.port, 0, 65_535);
    serve(root, listen.host, listen.port);
    return ExitCode.OK;
  }

  /** Serves the corpus until the process is told to stop; shared with {@code demo}. */
  static void serve(NewsgraphCommand root, String host, int port)
      throws IOException, InterruptedException {
    Corpus corpus = root.openCorpus(Corpus.Access.READ_ONLY);
    NewsgraphServer server;
    try {
      server = NewsgraphServer.start(corpus, host, port);
    } catch (RuntimeException e) {
      corpus.close();
      throw new IOException(
          "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")", e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop();
                  try {
                    corpus.close();
                  } catch (IOException e) {
                    // the process is ending; the index is read-only here, nothing to lose
                  }
                  stopped.countDown();
                },
                "newsgraph-shutdown"));
    String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
    root.out()
        .printf(
            "serving %d articles from %s at http://%s:%d/ (Ctrl-C to stop)%n",
            corpus.catalog().countArticles(), root.dataDir().root(), shown, server.port());
    root.out().flush();
    stopped.await();
  }
}
