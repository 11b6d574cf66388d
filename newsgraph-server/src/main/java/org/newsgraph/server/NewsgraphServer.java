package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import java.util.Objects;
import org.newsgraph.server.api.ApiError;
import org.newsgraph.server.api.ApiJson;
import org.newsgraph.server.api.ApiRoutes;
import org.newsgraph.server.reader.ErrorView;
import org.newsgraph.server.reader.ReaderRoutes;
import org.newsgraph.server.reader.Templates;
import org.newsgraph.store.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: REST API, web reader and static assets over one corpus, with every error turned
 * into a response in one place (JSON under {@code /api}, an HTML page elsewhere). The corpus should
 * be opened read-only, so an ingest can run alongside; the server sees what it commits.
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.open(dir, Corpus.Access.READ_ONLY)) {
 *   NewsgraphServer server = NewsgraphServer.start(corpus, "127.0.0.1", 8080);
 *   ...
 *   server.stop();
 * }
 * }</pre>
 */
public final class NewsgraphServer {

  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphServer.class);

  /** Browsers may load only our own scripts, styles and images: no inline script can run. */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;

  private NewsgraphServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving {@code corpus} on {@code host}:{@code port} (port 0 picks a free port).
   *
   * @throws io.javalin.util.JavalinBindException if the port is taken
   */
  public static NewsgraphServer start(Corpus corpus, String host, int port) {
    Objects.requireNonNull(corpus, "corpus");
    Templates templates = new Templates();
    Javalin app = Javalin.create(config -> configure(config, corpus, templates));
    app.start(host, port);
    LOG.debug("serving {} on http://{}:{}/", corpus.dir().root(), host, app.port());
    return new NewsgraphServer(app);
  }

  private static void configure(JavalinConfig config, Corpus corpus, Templates templates) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/assets";
          files.directory = "/public";
          files.location = Location.CLASSPATH;
        });
    config.routes.before(
        ctx -> {
          ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
        });
    new ApiRoutes(corpus).register(config.routes);
    new ReaderRoutes(corpus, templates).register(config.routes);
    config.routes.exception(
        EndpointNotFound.class,
        (e, ctx) -> respond(ctx, templates, 404, "There is nothing at " + ctx.path() + "."));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, templates, e.getStatus(), e.getMessage()));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          respond(ctx, templates, 500, "Something went wrong on the server; the log says what.");
        });
  }

  /** Writes an error as JSON for API clients and as a page for browsers. */
  private static void respond(Context ctx, Templates templates, int status, String message) {
    HttpStatus httpStatus = HttpStatus.forStatus(status);
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
      ctx.json(new ApiError(status, httpStatus.getMessage(), message));
    } else {
      ctx.html(
          templates.render("error.jte", new ErrorView(status, httpStatus.getMessage(), message)));
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving; the corpus stays open for its owner to close. */
  public void stop() {
    app.stop();
  }
}
