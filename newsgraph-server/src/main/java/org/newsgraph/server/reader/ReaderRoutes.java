package org.newsgraph.server.reader;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.newsgraph.server.api.ArticleDocument;
import org.newsgraph.server.api.ArticleListItem;
import org.newsgraph.server.api.StoryDocument;
import org.newsgraph.server.api.StoryListItem;
import org.newsgraph.store.Corpus;
import org.newsgraph.store.InvalidQueryException;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.SearchResults;

/**
 * The reader's HTML pages: {@code /}, {@code /articles/{id}}, {@code /search}, {@code /stories} and
 * {@code /stories/{id}}.
 */
public final class ReaderRoutes {

  static final int PAGE_SIZE = 20;
  private static final int MAX_PAGE = 10_000;

  private final Corpus corpus;
  private final Templates templates;

  public ReaderRoutes(Corpus corpus, Templates templates) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /** Adds the reader's routes. */
  public void register(RoutesConfig routes) {
    routes.get("/", this::home);
    routes.get("/articles/{id}", this::article);
    routes.get("/search", this::search);
    routes.get("/stories", this::stories);
    routes.get("/stories/{id}", this::story);
  }

  private void stories(Context ctx) {
    Listing<StoryListItem> l =
        listing(
            ctx,
            (limit, offset) ->
                corpus.catalog().stories(limit, offset).stream().map(StoryListItem::of).toList());
    ctx.html(
        templates.render(
            "stories.jte",
            new StoriesView(l.items(), corpus.catalog().countStories(), l.page(), l.hasNext())));
  }

  private void home(Context ctx) {
    Listing<ArticleListItem> l =
        listing(
            ctx,
            (limit, offset) ->
                corpus.catalog().list(limit, offset).stream().map(ArticleListItem::of).toList());
    ctx.html(
        templates.render(
            "home.jte",
            new HomeView(l.items(), corpus.catalog().countArticles(), l.page(), l.hasNext())));
  }

  /** One page of a listing, and whether another follows. */
  private record Listing<T>(List<T> items, int page, boolean hasNext) {}

  /**
   * The page {@code ctx} asks for: one item more is fetched to know whether another page follows.
   */
  private static <T> Listing<T> listing(Context ctx, BiFunction<Integer, Integer, List<T>> fetch) {
    int page = page(ctx);
    List<T> items = fetch.apply(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE);
    boolean hasNext = items.size() > PAGE_SIZE;
    return new Listing<>(hasNext ? items.subList(0, PAGE_SIZE) : items, page, hasNext);
  }

  private void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ArticleDocument doc =
        ArticleDocument.load(corpus, id)
            .orElseThrow(
                () -> new NotFoundResponse("There is no article with id \u201c" + id + "\u201d."));
    ctx.html(templates.render("article.jte", new ArticleView(doc)));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoryDocument story =
        StoryDocument.load(
                corpus.catalog(), id, Boolean.parseBoolean(ctx.queryParam("includeCopies")))
            .orElseThrow(
                () -> new NotFoundResponse("There is no story with id \u201c" + id + "\u201d."));
    ctx.html(templates.render("story.jte", story));
  }

  private void search(Context ctx) throws IOException {
    String q = Objects.requireNonNullElse(ctx.queryParam("q"), "").strip();
    int page = page(ctx);
    if (q.isEmpty()) {
      ctx.html(templates.render("search.jte", new SearchView("", null, 0, List.of(), 1, false)));
      return;
    }
    try {
      SearchResults results = corpus.search(new SearchQuery(q, PAGE_SIZE, (page - 1) * PAGE_SIZE));
      List<SearchView.Hit> hits = results.hits().stream().map(SearchView.Hit::of).toList();
      boolean hasNext = (long) page * PAGE_SIZE < results.total();
      ctx.html(
          templates.render(
              "search.jte", new SearchView(q, null, results.total(), hits, page, hasNext)));
    } catch (InvalidQueryException e) {
      ctx.status(400);
      ctx.html(
          templates.render(
              "search.jte", new SearchView(q, e.getMessage(), 0, List.of(), 1, false)));
    }
  }

  /** The 1-based {@code page} parameter; anything unusable means the first page. */
  private static int page(Context ctx) {
    try {
      int page = Integer.parseInt(Objects.requireNonNullElse(ctx.queryParam("page"), "1").strip());
      return Math.max(1, Math.min(page, MAX_PAGE));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
