package org.newsgraph.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Objects;
import org.newsgraph.server.Paging;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.InvalidQueryException;
import org.newsgraph.store.SearchQuery;

/**
 * The REST API: {@code GET /api/articles}, {@code /api/articles/{id}}, {@code /api/search}, {@code
 * /api/entities} and {@code /health}. Handlers throw Javalin's typed responses ({@link
 * NotFoundResponse}, {@link BadRequestResponse}); the server maps them to {@link ApiError} bodies.
 */
public final class ApiRoutes {

  private static final int DEFAULT_LIST_LIMIT = 50;
  private static final int DEFAULT_SEARCH_LIMIT = 20;

  private final Corpus corpus;

  public ApiRoutes(Corpus corpus) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
  }

  /** Adds the API's routes. */
  public void register(RoutesConfig routes) {
    routes.get("/health", this::health);
    routes.get("/api/articles", this::list);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/articles/{id}/related", this::related);
    routes.get("/api/search", this::search);
    routes.get("/api/entities", this::entities);
    routes.get("/api/stories", this::stories);
    routes.get("/api/stories/{id}", this::story);
  }

  private void health(Context ctx) throws IOException {
    ctx.json(new Health("ok", corpus.catalog().countArticles(), corpus.index().count()));
  }

  private void list(Context ctx) {
    Paging paging = Paging.of(ctx, DEFAULT_LIST_LIMIT);
    ctx.json(
        corpus.catalog().list(paging.limit(), paging.offset()).stream()
            .map(ArticleListItem::of)
            .toList());
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        ArticleDocument.load(corpus, id)
            .orElseThrow(() -> new NotFoundResponse("no article with id '" + id + "'")));
  }

  private void entities(Context ctx) {
    Paging paging = Paging.of(ctx, DEFAULT_LIST_LIMIT);
    ctx.json(
        corpus.catalog().entities(paging.limit(), paging.offset()).stream()
            .map(EntityListItem::of)
            .toList());
  }

  private void related(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (corpus.catalog().article(id).isEmpty()) {
      throw new NotFoundResponse("no article with id '" + id + "'");
    }
    Paging paging = Paging.of(ctx, ArticleDocument.RELATED);
    ctx.json(
        corpus.related(id, paging.limit(), paging.offset()).stream().map(RelatedItem::of).toList());
  }

  private void stories(Context ctx) {
    Paging paging = Paging.of(ctx, DEFAULT_LIST_LIMIT);
    ctx.json(
        corpus.catalog().stories(paging.limit(), paging.offset()).stream()
            .map(StoryListItem::of)
            .toList());
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        StoryDocument.load(
                corpus.catalog(), id, Boolean.parseBoolean(ctx.queryParam("includeCopies")))
            .orElseThrow(() -> new NotFoundResponse("no story with id '" + id + "'")));
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequestResponse("query parameter 'q' is required, e.g. /api/search?q=iran");
    }
    Paging paging = Paging.of(ctx, DEFAULT_SEARCH_LIMIT);
    try {
      ctx.json(
          corpus
              .search(
                  new SearchQuery(
                      q,
                      paging.limit(),
                      paging.offset(),
                      Boolean.parseBoolean(ctx.queryParam("includeCopies"))))
              .hits()
              .stream()
              .map(SearchHitItem::of)
              .toList());
    } catch (InvalidQueryException e) {
      throw new BadRequestResponse("invalid query: " + e.getMessage());
    }
  }
}
