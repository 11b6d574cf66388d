package org.newsgraph.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's link tables: each article's vectors, story and near-copy, and the stories. Counts
 * (articles, copies, outlets) are computed from the articles, so they can never drift from them.
 */
final class LinkTables {

  private static final String STORY_COLUMNS =
      "s.id, s.label, s.first_seen, s.last_seen, count(l.article_id),"
          + " sum(a.copy_of IS NOT NULL),"
          + " count(DISTINCT coalesce(a.site_name, a.url, a.id))";
  private static final String STORY_JOIN =
      " FROM stories s JOIN article_links l ON l.story_id = s.id"
          + " JOIN articles a ON a.id = l.article_id";

  private LinkTables() {}

  static void put(Connection c, String articleId, ArticleLinks links) throws SQLException {
    ArticleLinks.StoryState story = links.story();
    for (ArticleLinks.Split split : story.splits()) {
      try (PreparedStatement st =
          c.prepareStatement("UPDATE article_links SET story_id = ? WHERE article_id = ?")) {
        for (String moved : split.moved()) {
          st.setString(1, split.to().id());
          st.setString(2, moved);
          st.addBatch();
        }
        st.executeBatch();
      }
      putStory(c, split.from());
      putStory(c, split.to());
    }
    for (String gone : story.absorbed()) {
      try (PreparedStatement st =
          c.prepareStatement("UPDATE article_links SET story_id = ? WHERE story_id = ?")) {
        st.setString(1, story.id());
        st.setString(2, gone);
        st.executeUpdate();
      }
      try (PreparedStatement st = c.prepareStatement("DELETE FROM stories WHERE id = ?")) {
        st.setString(1, gone);
        st.executeUpdate();
      }
    }
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO article_links (article_id, seq, embedding, minhash, entities, story_id,"
                + " near_copy_of) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM"
                + " article_links), ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
                + " embedding = excluded.embedding, minhash = excluded.minhash,"
                + " entities = excluded.entities, story_id = excluded.story_id,"
                + " near_copy_of = excluded.near_copy_of")) {
      st.setString(1, articleId);
      st.setBytes(2, floats(links.embedding()));
      st.setBytes(3, ints(links.minhash()));
      st.setString(4, MetadataColumns.list(links.entities()));
      st.setString(5, story.id());
      st.setString(6, links.nearCopyOf());
      st.executeUpdate();
    }
    putStory(
        c,
        new ArticleLinks.StoryRow(story.id(), story.label(), story.firstSeen(), story.lastSeen()));
    if (links.nearCopyOf() != null) {
      try (PreparedStatement st =
          c.prepareStatement(
              "UPDATE articles SET copy_of = ? WHERE id = ? AND copy_of IS NULL AND id <> ?")) {
        st.setString(1, links.nearCopyOf());
        st.setString(2, articleId);
        st.setString(3, links.nearCopyOf());
        st.executeUpdate();
      }
    }
  }

  private static void putStory(Connection c, ArticleLinks.StoryRow story) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO stories (id, label, first_seen, last_seen) VALUES (?,?,?,?)"
                + " ON CONFLICT (id) DO UPDATE SET label = excluded.label,"
                + " first_seen = excluded.first_seen, last_seen = excluded.last_seen")) {
      st.setString(1, story.id());
      st.setString(2, story.label());
      SqliteCatalog.setInstant(st, 3, story.firstSeen());
      SqliteCatalog.setInstant(st, 4, story.lastSeen());
      st.executeUpdate();
    }
  }

  static boolean has(Connection c, String articleId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT 1 FROM article_links WHERE article_id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  static void forEach(Connection c, long afterSeq, Consumer<LinkedArticle> action)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT a.id, a.title, a.body, a.published, a.site_name, l.embedding, l.minhash,"
                + " l.entities, l.seq FROM article_links l JOIN articles a ON a.id ="
                + " l.article_id WHERE l.seq > ? ORDER BY l.seq")) {
      st.setLong(1, afterSeq);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          long published = rs.getLong(4);
          Instant when = rs.wasNull() ? null : Instant.ofEpochMilli(published);
          action.accept(
              new LinkedArticle(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  when,
                  rs.getString(5),
                  floats(rs.getBytes(6)),
                  ints(rs.getBytes(7)),
                  MetadataColumns.list(rs.getString(8)),
                  rs.getLong(9)));
        }
      }
    }
  }

  static void forEachStoryOf(Connection c, BiConsumer<String, String> action) throws SQLException {
    try (PreparedStatement st =
            c.prepareStatement("SELECT article_id, story_id FROM article_links ORDER BY seq");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        action.accept(rs.getString(1), rs.getString(2));
      }
    }
  }

  /** The mark of {@code articleId}'s decision, or of the last decision when null. */
  static Optional<LinkMark> mark(Connection c, @Nullable String articleId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            articleId == null
                ? "SELECT seq, article_id FROM article_links ORDER BY seq DESC LIMIT 1"
                : "SELECT seq, article_id FROM article_links WHERE article_id = ?")) {
      if (articleId != null) {
        st.setString(1, articleId);
      }
      long seq;
      String id;
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        seq = rs.getLong(1);
        id = rs.getString(2);
      }
      try (PreparedStatement count =
          c.prepareStatement("SELECT count(*) FROM article_links WHERE seq <= ?")) {
        count.setLong(1, seq);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          return Optional.of(new LinkMark(seq, id, rs.getLong(1)));
        }
      }
    }
  }

  /** Articles with no link row, oldest ingested first. */
  static List<String> unlinked(Connection c, int limit) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT a.id FROM articles a LEFT JOIN article_links l ON l.article_id = a.id"
                + " WHERE l.article_id IS NULL ORDER BY a.ingested_at, a.rowid LIMIT ?")) {
      st.setInt(1, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  static void clear(Connection c) throws SQLException {
    try (PreparedStatement a = c.prepareStatement("DELETE FROM article_links");
        PreparedStatement b = c.prepareStatement("DELETE FROM stories")) {
      a.executeUpdate();
      b.executeUpdate();
    }
  }

  static List<StorySummary> stories(Connection c, int limit, int offset) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT "
                + STORY_COLUMNS
                + STORY_JOIN
                + " GROUP BY s.id ORDER BY 5 DESC, s.last_seen DESC, s.id LIMIT ? OFFSET ?")) {
      st.setInt(1, limit);
      st.setInt(2, offset);
      return readStories(st);
    }
  }

  static long countStories(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM stories");
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  static Optional<StorySummary> storyOf(Connection c, String articleId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT "
                + STORY_COLUMNS
                + STORY_JOIN
                + " WHERE s.id = (SELECT story_id FROM article_links WHERE article_id = ?)"
                + " GROUP BY s.id")) {
      st.setString(1, articleId);
      return readStories(st).stream().findFirst();
    }
  }

  /** The ids of a story's articles, in the order they joined it. */
  static List<String> members(Connection c, String storyId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT article_id FROM article_links WHERE story_id = ? ORDER BY seq")) {
      st.setString(1, storyId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  static Map<String, Long> entities(Connection c, String storyId, int limit) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT e.value, count(*) FROM article_links l, json_each(l.entities) e"
                + " WHERE l.story_id = ? GROUP BY e.value ORDER BY 2 DESC, 1 LIMIT ?")) {
      st.setString(1, storyId);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  /** The ids of the articles recorded as copies of {@code articleId}. */
  static List<String> copies(Connection c, String articleId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement("SELECT id FROM articles WHERE copy_of = ? ORDER BY ingested_at, id")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  static Optional<float[]> embedding(Connection c, String articleId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT embedding FROM article_links WHERE article_id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(floats(rs.getBytes(1))) : Optional.empty();
      }
    }
  }

  private static List<StorySummary> readStories(PreparedStatement st) throws SQLException {
    List<StorySummary> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StorySummary(
                rs.getString(1),
                rs.getString(2),
                instant(rs, 3),
                instant(rs, 4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7)));
      }
    }
    return out;
  }

  private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  static byte[] floats(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] floats(byte[] bytes) {
    float[] v = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  static byte[] ints(int[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.asIntBuffer().put(v);
    return b.array();
  }

  static int[] ints(byte[] bytes) {
    int[] v = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(v);
    return v;
  }
}
