package org.newsgraph.server.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.Article;
import org.newsgraph.server.api.AnalysisFields;
import org.newsgraph.server.api.ArticleDocument;

/**
 * The article page: the article, its paragraphs with the entities it names highlighted, the sources
 * its attributions rest on, and where it came from.
 */
public record ArticleView(ArticleDocument article) {

  private static final int EXCERPT = 180;

  /** A run of paragraph text; {@code entityType} and {@code entity} are set on a mention. */
  public record Segment(String text, @Nullable String entityType, @Nullable String entity) {}

  /** One source and what the article attributes to it. */
  public record SourceRow(String name, String sourceClass, List<String> said) {}

  /** The text's paragraphs, in order, each cut into plain runs and entity mentions. */
  public List<List<Segment>> paragraphs() {
    String text = article.text();
    List<int[]> mentions = new ArrayList<>(); // start, end, entity index
    List<AnalysisFields.EntityItem> entities = article.analysis().entities();
    for (int i = 0; i < entities.size(); i++) {
      for (AnalysisFields.MentionItem m : entities.get(i).mentions()) {
        if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
          mentions.add(new int[] {m.start(), m.end(), i});
        }
      }
    }
    mentions.sort(Comparator.comparingInt((int[] m) -> m[0]));
    List<List<Segment>> out = new ArrayList<>();
    int next = 0;
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf(Article.PARAGRAPH_SEPARATOR, from);
      if (to < 0) {
        to = text.length();
      }
      List<Segment> paragraph = new ArrayList<>();
      int at = from;
      while (next < mentions.size() && mentions.get(next)[0] < to) {
        int[] m = mentions.get(next++);
        if (m[0] < at || m[1] > to) {
          continue; // overlaps the previous mention or crosses a paragraph break
        }
        if (m[0] > at) {
          paragraph.add(new Segment(text.substring(at, m[0]), null, null));
        }
        AnalysisFields.EntityItem e = entities.get(m[2]);
        paragraph.add(new Segment(text.substring(m[0], m[1]), e.type(), e.name()));
        at = m[1];
      }
      if (at < to) {
        paragraph.add(new Segment(text.substring(at, to), null, null));
      }
      if (!paragraph.isEmpty()) {
        out.add(paragraph);
      }
      from = to + Article.PARAGRAPH_SEPARATOR.length();
    }
    return out;
  }

  /** The sources of the article's attributions, in order of first use, each with what it said. */
  public List<SourceRow> sources() {
    String text = article.text();
    Map<String, SourceRow> rows = new LinkedHashMap<>();
    for (AnalysisFields.AttributionItem a : article.analysis().attributions()) {
      String name = sourceName(text, a);
      String label = a.sourceClass().replace('_', ' ');
      SourceRow row =
          rows.computeIfAbsent(
              name + "\u0000" + label, k -> new SourceRow(name, label, new ArrayList<>()));
      row.said().add(excerpt(text, a.content()));
    }
    return List.copyOf(rows.values());
  }

  /** A line summing up the sourcing: how much named sources back, and the mix of classes. */
  public String sourcingSummary() {
    AnalysisFields.SourcingItem s = article.analysis().sourcing();
    StringBuilder b = new StringBuilder();
    b.append(Math.round(s.namedShare() * 100))
        .append("% of attributed content comes from named sources");
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : s.counts().entrySet()) {
      if (e.getValue() > 0) {
        parts.add(e.getValue() + " " + e.getKey().replace('_', ' '));
      }
    }
    if (!parts.isEmpty()) {
      b.append(" (").append(String.join(", ", parts)).append(')');
    }
    return b.append('.').toString();
  }

  private String sourceName(String text, AnalysisFields.AttributionItem a) {
    if (a.entity() != null) {
      for (AnalysisFields.EntityItem e : article.analysis().entities()) {
        if (e.id().equals(a.entity()) && a.sourceClass().startsWith("named")) {
          return e.name();
        }
      }
    }
    if (a.source().isEmpty()) {
      return "no source given";
    }
    String s = join(text, a.source());
    return s.length() > 80 ? s.substring(0, 80).strip() + "\u2026" : s;
  }

  private static String excerpt(String text, List<int[]> spans) {
    String s = join(text, spans);
    return s.length() > EXCERPT ? s.substring(0, EXCERPT).strip() + "\u2026" : s;
  }

  private static String join(String text, List<int[]> spans) {
    List<String> parts = new ArrayList<>();
    for (int[] p : spans) {
      if (p[0] >= 0 && p[1] <= text.length() && p[0] <= p[1]) {
        parts.add(text.substring(p[0], p[1]).replaceAll("\\s+", " ").strip());
      }
    }
    return String.join(" \u2026 ", parts);
  }

  /** CSS class for a mention of an entity of {@code type}. */
  public static String entityClass(String type) {
    return "entity entity-" + type.toLowerCase(Locale.ROOT);
  }
}
