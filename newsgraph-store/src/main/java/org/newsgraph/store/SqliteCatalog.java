package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleMetadata;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;
import org.newsgraph.model.Teaser;
import org.newsgraph.model.analysis.Analysis;

/**
 * The catalog in an embedded SQLite database file, its schema created and upgraded by versioned
 * Flyway migrations ({@code db/migration}). See {@link SqliteConnections} for the durability
 * settings.
 */
public final class SqliteCatalog implements Catalog {

  private static final String ARTICLE_COLUMNS =
      "a.id, a.url, a.title, a.title_derived, a.body, a.published, a.declared_language,"
          + " a.language, a.language_source, a.site_name, a.copy_of, a.ingested_at, a.authors,"
          + " a.modified, a.section, a.tags, a.image, a.paywalled, a.metadata_sources,"
          + " c.id AS capture_id, c.source, c.media_type, c.size, c.captured_at";

  private static final String ARTICLE_FROM =
      " FROM articles a JOIN captures c ON c.id = a.capture_id";

  private final SqliteConnections connections;

  private SqliteCatalog(SqliteConnections connections) {
    this.connections = connections;
  }

  /** Opens (creating or upgrading as needed) the catalog in {@code file}. */
  public static SqliteCatalog open(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder for catalog " + file, e);
    }
    SqliteConnections connections = new SqliteConnections(file);
    Flyway.configure()
        .dataSource(connections.dataSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new SqliteCatalog(connections);
  }

  @Override
  public CaptureState captureState(String captureId) {
    return read("read capture state", c -> captureStateIn(c, captureId));
  }

  @Override
  public StoredArticle putArticle(
      Capture capture,
      Article article,
      LanguageChoice language,
      String fingerprint,
      Instant ingestedAt,
      @Nullable Analysis analysis,
      @Nullable ArticleLinks links) {
    String id = capture.articleId();
    return write(
        "store article " + id,
        c -> {
          Optional<StoredArticle> existing = find(c, id);
          if (existing.isPresent()) {
            return existing.get();
          }
          upsertCapture(c, capture, CaptureState.EXTRACTED, null);
          String copyOf = original(c, fingerprint);
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO articles (id, capture_id, url, title, title_derived, body,"
                      + " published, declared_language, language, site_name, fingerprint,"
                      + " copy_of, ingested_at, language_source, authors, modified, section,"
                      + " tags, image, paywalled, metadata_sources)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            st.setString(1, id);
            st.setString(2, capture.id());
            st.setString(3, article.url());
            st.setString(4, article.title());
            st.setInt(5, article.titleDerived() ? 1 : 0);
            st.setString(6, article.body());
            setInstant(st, 7, article.published());
            st.setString(8, article.language());
            st.setString(9, language.code());
            st.setString(10, article.siteName());
            st.setString(11, fingerprint);
            st.setString(12, copyOf);
            st.setLong(13, ingestedAt.toEpochMilli());
            ArticleMetadata m = article.metadata();
            st.setString(14, language.source());
            st.setString(15, MetadataColumns.list(m.authors()));
            setInstant(st, 16, m.modified());
            st.setString(17, m.section());
            st.setString(18, MetadataColumns.list(m.tags()));
            st.setString(19, m.image());
            st.setInt(20, m.paywalled() ? 1 : 0);
            st.setString(21, MetadataColumns.sources(m.sources()));
            st.executeUpdate();
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO teasers (article_id, position, text, url) VALUES (?,?,?,?)")) {
            int position = 0;
            for (Teaser t : article.teasers()) {
              st.setString(1, id);
              st.setInt(2, position++);
              st.setString(3, t.text());
              st.setString(4, t.url());
              st.addBatch();
            }
            st.executeBatch();
          }
          if (analysis != null) {
            AnalysisTables.put(c, id, analysis);
          }
          if (links != null) {
            LinkTables.put(c, id, links);
          }
          return find(c, id).orElseThrow();
        });
  }

  @Override
  public void putLinks(String articleId, ArticleLinks links) {
    write(
        "store links of article " + articleId,
        c -> {
          LinkTables.put(c, articleId, links);
          return null;
        });
  }

  @Override
  public boolean hasLinks(String articleId) {
    return read("look up links of article " + articleId, c -> LinkTables.has(c, articleId));
  }

  @Override
  public void forEachLinked(long afterSeq, Consumer<LinkedArticle> action) {
    read(
        "read linked articles",
        c -> {
          LinkTables.forEach(c, afterSeq, action);
          return null;
        });
  }

  @Override
  public void forEachStoryOf(BiConsumer<String, String> action) {
    read(
        "read the story of each linked article",
        c -> {
          LinkTables.forEachStoryOf(c, action);
          return null;
        });
  }

  @Override
  public Optional<LinkMark> lastLink() {
    return read("read the last link decision", c -> LinkTables.mark(c, null));
  }

  @Override
  public Optional<LinkMark> linkMark(String articleId) {
    return read("read the link decision of " + articleId, c -> LinkTables.mark(c, articleId));
  }

  @Override
  public List<String> unlinked(int limit) {
    return read("list unlinked articles", c -> LinkTables.unlinked(c, limit));
  }

  @Override
  public void clearLinks() {
    write(
        "clear stories",
        c -> {
          LinkTables.clear(c);
          return null;
        });
  }

  @Override
  public List<StorySummary> stories(int limit, int offset) {
    return read("list stories", c -> LinkTables.stories(c, limit, offset));
  }

  @Override
  public long countStories() {
    return read("count stories", LinkTables::countStories);
  }

  @Override
  public Optional<StorySummary> storyOf(String articleId) {
    return read("read story of article " + articleId, c -> LinkTables.storyOf(c, articleId));
  }

  @Override
  public Map<String, String> storyIds(Collection<String> articleIds) {
    return read(
        "read stories of articles",
        c ->
            pairs(
                c,
                "SELECT article_id, story_id FROM article_links WHERE article_id IN",
                articleIds));
  }

  @Override
  public Map<String, String> teasers(Collection<String> articleIds) {
    return read(
        "read teasers of articles",
        c ->
            pairs(
                c,
                "SELECT article_id, json_extract(json, '$.teaser') FROM analyses WHERE article_id IN",
                articleIds));
  }

  /** The two columns of {@code select} ... IN (ids), as a map; nulls left out. */
  private static Map<String, String> pairs(Connection c, String select, Collection<String> ids)
      throws SQLException {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (PreparedStatement st =
        c.prepareStatement(select + " (" + placeholders(ids.size()) + ")")) {
      int i = 1;
      for (String id : ids) {
        st.setString(i++, id);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(2) != null) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  @Override
  public Map<String, Long> storyEntities(String storyId, int limit) {
    return read("read entities of story " + storyId, c -> LinkTables.entities(c, storyId, limit));
  }

  @Override
  public List<String> storyMembers(String storyId) {
    return read("list story " + storyId, c -> LinkTables.members(c, storyId));
  }

  @Override
  public List<String> copiesOf(String articleId) {
    return read("list copies of article " + articleId, c -> LinkTables.copies(c, articleId));
  }

  @Override
  public Optional<float[]> embedding(String articleId) {
    return read("read vector of article " + articleId, c -> LinkTables.embedding(c, articleId));
  }

  @Override
  public Analysis putAnalysis(String articleId, Analysis analysis) {
    return write(
        "store analysis of article " + articleId, c -> AnalysisTables.put(c, articleId, analysis));
  }

  @Override
  public Optional<Analysis> analysis(String articleId) {
    return read("read analysis of article " + articleId, c -> AnalysisTables.get(c, articleId));
  }

  @Override
  public boolean hasAnalysis(String articleId) {
    return read("look up analysis of article " + articleId, c -> AnalysisTables.has(c, articleId));
  }

  @Override
  public List<EntitySummary> entities(int limit, int offset) {
    return read("list entities", c -> AnalysisTables.entities(c, limit, offset));
  }

  @Override
  public long countEntities() {
    return read("count entities", AnalysisTables::countEntities);
  }

  @Override
  public void putRejection(Capture capture, String reason) {
    write(
        "record rejection of capture " + capture.id(),
        c -> {
          if (captureStateIn(c, capture.id()) != CaptureState.EXTRACTED) {
            upsertCapture(c, capture, CaptureState.REJECTED, reason);
          }
          return null;
        });
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return read("read article " + id, c -> find(c, id));
  }

  @Override
  public List<StoredArticle> articles(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return read(
        "read articles",
        c -> {
          String marks = placeholders(ids.size());
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT " + ARTICLE_COLUMNS + ARTICLE_FROM + " WHERE a.id IN (" + marks + ")")) {
            int i = 1;
            for (String id : ids) {
              st.setString(i++, id);
            }
            return readArticles(c, st);
          }
        });
  }

  @Override
  public List<ArticleSummary> list(int limit, int offset) {
    return read(
        "list articles",
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT id, title, title_derived, url, published, language, site_name, copy_of"
                      + " FROM articles ORDER BY published IS NULL, published DESC,"
                      + " ingested_at DESC, id LIMIT ? OFFSET ?")) {
            st.setInt(1, limit);
            st.setInt(2, offset);
            List<ArticleSummary> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ArticleSummary(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getInt("title_derived") == 1,
                        rs.getString("url"),
                        instant(rs, "published"),
                        rs.getString("language"),
                        rs.getString("site_name"),
                        rs.getString("copy_of")));
              }
            }
            return out;
          }
        });
  }

  @Override
  public long countArticles() {
    return read(
        "count articles",
        c -> {
          try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM articles");
              ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public List<StoredArticle> unindexed(int limit) {
    return read(
        "find unindexed articles",
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT "
                      + ARTICLE_COLUMNS
                      + ARTICLE_FROM
                      + " WHERE a.indexed = 0 ORDER BY a.id LIMIT ?")) {
            st.setInt(1, limit);
            return readArticles(c, st);
          }
        });
  }

  @Override
  public void markIndexed(Collection<String> ids) {
    write(
        "mark articles indexed",
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("UPDATE articles SET indexed = 1 WHERE id = ?")) {
            for (String id : ids) {
              st.setString(1, id);
              st.addBatch();
            }
            st.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void markAllUnindexed() {
    write(
        "mark all articles unindexed",
        c -> {
          try (PreparedStatement st = c.prepareStatement("UPDATE articles SET indexed = 0")) {
            st.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void forEachArticle(Consumer<StoredArticle> action) {
    String after = "";
    while (true) {
      String from = after;
      List<StoredArticle> page =
          read(
              "read articles",
              c -> {
                try (PreparedStatement st =
                    c.prepareStatement(
                        "SELECT "
                            + ARTICLE_COLUMNS
                            + ARTICLE_FROM
                            + " WHERE a.id > ? ORDER BY a.id LIMIT 500")) {
                  st.setString(1, from);
                  return readArticles(c, st);
                }
              });
      if (page.isEmpty()) {
        return;
      }
      page.forEach(action);
      after = page.get(page.size() - 1).id();
    }
  }

  @Override
  public void close() {
    connections.close();
  }

  // --- SQL helpers ---

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T read(String what, SqlWork<T> work) {
    Connection c = null;
    try {
      c = connections.acquire();
      return work.run(c);
    } catch (SQLException e) {
      throw new CatalogException("cannot " + what, e);
    } finally {
      if (c != null) {
        connections.release(c);
      }
    }
  }

  private <T> T write(String what, SqlWork<T> work) {
    Connection c = null;
    try {
      c = connections.acquire();
      c.setAutoCommit(false);
      // BEGIN IMMEDIATE would be ideal; the JDBC driver begins deferred, so the first write
      // takes the lock and the busy timeout covers contention.
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException e) {
      throw new CatalogException("cannot " + what, e);
    } finally {
      if (c != null) {
        connections.release(c);
      }
    }
  }

  private static CaptureState captureStateIn(Connection c, String captureId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT state FROM captures WHERE id = ?")) {
      st.setString(1, captureId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? CaptureState.valueOf(rs.getString(1)) : CaptureState.UNKNOWN;
      }
    }
  }

  private static void upsertCapture(
      Connection c, Capture capture, CaptureState state, @Nullable String reason)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO captures (id, source, media_type, size, captured_at, state, reason)"
                + " VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET state = excluded.state,"
                + " reason = excluded.reason")) {
      st.setString(1, capture.id());
      st.setString(2, capture.source());
      st.setString(3, capture.mediaType().mime());
      st.setLong(4, capture.content().length);
      st.setLong(5, capture.capturedAt().toEpochMilli());
      st.setString(6, state.name());
      st.setString(7, reason);
      st.executeUpdate();
    }
  }

  /** The earliest article with this fingerprint that is itself an original, if any. */
  private static @Nullable String original(Connection c, String fingerprint) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT id FROM articles WHERE fingerprint = ? AND copy_of IS NULL"
                + " ORDER BY ingested_at, id LIMIT 1")) {
      st.setString(1, fingerprint);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Optional<StoredArticle> find(Connection c, String id) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT " + ARTICLE_COLUMNS + ARTICLE_FROM + " WHERE a.id = ?")) {
      st.setString(1, id);
      List<StoredArticle> found = readArticles(c, st);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  private static List<StoredArticle> readArticles(Connection c, PreparedStatement st)
      throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        rows.add(Row.of(rs));
      }
    }
    Map<String, List<Teaser>> teasers = teasers(c, rows.stream().map(Row::id).toList());
    return rows.stream().map(r -> r.toStored(teasers.getOrDefault(r.id(), List.of()))).toList();
  }

  private static Map<String, List<Teaser>> teasers(Connection c, List<String> ids)
      throws SQLException {
    Map<String, List<Teaser>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String marks = placeholders(ids.size());
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT article_id, text, url FROM teasers WHERE article_id IN ("
                + marks
                + ")"
                + " ORDER BY article_id, position")) {
      int i = 1;
      for (String id : ids) {
        st.setString(i++, id);
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Teaser(rs.getString(2), rs.getString(3)));
        }
      }
    }
    return out;
  }

  /** One row of the article query, before its teasers are attached. */
  private record Row(
      String id,
      @Nullable String url,
      String title,
      boolean titleDerived,
      String body,
      @Nullable Instant published,
      @Nullable String declaredLanguage,
      String language,
      @Nullable String languageSource,
      @Nullable String siteName,
      @Nullable String copyOf,
      Instant ingestedAt,
      ArticleMetadata metadata,
      CaptureInfo capture) {

    static Row of(ResultSet rs) throws SQLException {
      MediaType type = MediaType.ofMime(rs.getString("media_type")).orElse(MediaType.TEXT_PLAIN);
      return new Row(
          rs.getString("id"),
          rs.getString("url"),
          rs.getString("title"),
          rs.getInt("title_derived") == 1,
          rs.getString("body"),
          instant(rs, "published"),
          rs.getString("declared_language"),
          rs.getString("language"),
          rs.getString("language_source"),
          rs.getString("site_name"),
          rs.getString("copy_of"),
          Instant.ofEpochMilli(rs.getLong("ingested_at")),
          new ArticleMetadata(
              MetadataColumns.list(rs.getString("authors")),
              instant(rs, "modified"),
              rs.getString("section"),
              MetadataColumns.list(rs.getString("tags")),
              rs.getString("image"),
              rs.getInt("paywalled") == 1,
              MetadataColumns.sources(rs.getString("metadata_sources"))),
          new CaptureInfo(
              rs.getString("capture_id"),
              rs.getString("source"),
              type,
              rs.getLong("size"),
              Instant.ofEpochMilli(rs.getLong("captured_at"))));
    }

    StoredArticle toStored(List<Teaser> teasers) {
      Article article =
          new Article(
              url,
              title,
              titleDerived,
              body,
              published,
              declaredLanguage,
              siteName,
              teasers,
              metadata);
      return new StoredArticle(id, article, language, languageSource, copyOf, capture, ingestedAt);
    }
  }

  /** "?,?,?" for {@code n} parameters. */
  private static String placeholders(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  static void setInstant(PreparedStatement st, int index, @Nullable Instant value)
      throws SQLException {
    if (value == null) {
      st.setNull(index, Types.INTEGER);
    } else {
      st.setLong(index, value.toEpochMilli());
    }
  }
}
