package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.Analysis;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.Role;

/**
 * The catalog's analysis tables: each article's analysis, and the entities articles share. An
 * entity's catalog id comes from its type and name; a person named by surname alone ("Netanyahu")
 * joins the person another article gave that surname to, the one mentioned most.
 */
final class AnalysisTables {

  private AnalysisTables() {}

  /**
   * Stores the analysis of article {@code articleId}, replacing any earlier one, with entity ids
   * replaced by catalog ids; returns what was stored.
   */
  static Analysis put(Connection c, String articleId, Analysis analysis) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("DELETE FROM article_entities WHERE article_id = ?")) {
      st.setString(1, articleId);
      st.executeUpdate();
    }
    Map<String, String> ids = new HashMap<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (Entity e : analysis.entities()) {
      String id = catalogId(c, e);
      ids.put(e.id(), id);
      // two names in one text can be one entity in the catalog: keep one, with all mentions
      entities.merge(
          id,
          new Entity(id, e.name(), e.type(), e.country(), e.mentions()),
          (a, b) -> {
            List<Mention> all = new ArrayList<>(a.mentions());
            all.addAll(b.mentions());
            all.sort(Comparator.comparing(Mention::span));
            return new Entity(id, a.name(), a.type(), a.country(), all);
          });
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO entities (id, type, name, country) VALUES (?,?,?,?)"
                  + " ON CONFLICT (id) DO UPDATE SET country = coalesce(country, excluded.country)")) {
        st.setString(1, id);
        st.setString(2, e.type().name());
        st.setString(3, e.name());
        st.setString(4, e.country());
        st.executeUpdate();
      }
      Map<String, Integer> aliases = new LinkedHashMap<>();
      for (Mention m : e.mentions()) {
        aliases.merge(m.text(), 1, Integer::sum);
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "INSERT INTO article_entities (article_id, entity_id, alias, mentions)"
                  + " VALUES (?,?,?,?) ON CONFLICT (article_id, entity_id, alias)"
                  + " DO UPDATE SET mentions = mentions + excluded.mentions")) {
        for (Map.Entry<String, Integer> a : aliases.entrySet()) {
          st.setString(1, articleId);
          st.setString(2, id);
          st.setString(3, a.getKey());
          st.setInt(4, a.getValue());
          st.addBatch();
        }
        st.executeBatch();
      }
    }
    Analysis stored = withIds(analysis, new ArrayList<>(entities.values()), ids);
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO analyses (article_id, format, language, not_analysed, json)"
                + " VALUES (?,?,?,?,?) ON CONFLICT (article_id) DO UPDATE SET"
                + " format = excluded.format, language = excluded.language,"
                + " not_analysed = excluded.not_analysed, json = excluded.json")) {
      st.setString(1, articleId);
      st.setInt(2, AnalysisJson.FORMAT);
      st.setString(3, stored.language());
      st.setString(4, stored.notAnalysed());
      st.setString(5, AnalysisJson.write(stored));
      st.executeUpdate();
    }
    return stored;
  }

  static Optional<Analysis> get(Connection c, String articleId) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("SELECT json FROM analyses WHERE article_id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(AnalysisJson.read(rs.getString(1))) : Optional.empty();
      }
    }
  }

  static boolean has(Connection c, String articleId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM analyses WHERE article_id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Entities by how many articles mention them, then by mentions. */
  static List<EntitySummary> entities(Connection c, int limit, int offset) throws SQLException {
    List<EntitySummary> out = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT e.id, e.type, e.name, e.country, count(DISTINCT ae.article_id),"
                + " sum(ae.mentions) FROM entities e JOIN article_entities ae"
                + " ON ae.entity_id = e.id GROUP BY e.id"
                + " ORDER BY 5 DESC, 6 DESC, e.name LIMIT ? OFFSET ?")) {
      st.setInt(1, limit);
      st.setInt(2, offset);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          out.add(
              new EntitySummary(
                  id,
                  rs.getString(3),
                  EntityType.valueOf(rs.getString(2)),
                  rs.getString(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  aliases(c, id)));
        }
      }
    }
    return out;
  }

  static long countEntities(Connection c) throws SQLException {
    try (PreparedStatement st =
            c.prepareStatement("SELECT count(DISTINCT entity_id) FROM article_entities");
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private static List<EntitySummary.Alias> aliases(Connection c, String id) throws SQLException {
    List<EntitySummary.Alias> out = new ArrayList<>();
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT alias, sum(mentions) FROM article_entities WHERE entity_id = ?"
                + " GROUP BY alias ORDER BY 2 DESC, alias")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new EntitySummary.Alias(rs.getString(1), rs.getLong(2)));
        }
      }
    }
    return out;
  }

  private static String catalogId(Connection c, Entity e) throws SQLException {
    if (e.type() == EntityType.PERSON && !e.name().contains(" ")) {
      String known = personCalled(c, e.name());
      if (known != null) {
        return known;
      }
    }
    return EntityIds.of(e.type(), e.name());
  }

  /** The person other articles most often call {@code surname}, under a fuller name. */
  private static @Nullable String personCalled(Connection c, String surname) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT ae.entity_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                + " WHERE ae.alias = ? AND e.type = 'PERSON' AND e.name <> ?"
                + " GROUP BY ae.entity_id ORDER BY sum(ae.mentions) DESC LIMIT 1")) {
      st.setString(1, surname);
      st.setString(2, surname);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static Analysis withIds(Analysis a, List<Entity> entities, Map<String, String> ids) {
    List<Role> roles = new ArrayList<>();
    for (Role r : a.roles()) {
      roles.add(
          new Role(
              ids.getOrDefault(r.personId(), r.personId()),
              r.person(),
              r.role(),
              r.of(),
              r.span()));
    }
    List<Attribution> attributions = new ArrayList<>();
    for (Attribution x : a.attributions()) {
      attributions.add(
          new Attribution(
              x.source(),
              x.cue(),
              x.content(),
              x.kind(),
              x.sourceClass(),
              x.entityId() == null ? null : ids.getOrDefault(x.entityId(), x.entityId())));
    }
    return new Analysis(
        a.language(),
        a.notAnalysed(),
        a.sentences(),
        entities,
        roles,
        attributions,
        a.dates(),
        a.summary(),
        a.teaser(),
        a.keyphrases(),
        a.sourcing());
  }
}
