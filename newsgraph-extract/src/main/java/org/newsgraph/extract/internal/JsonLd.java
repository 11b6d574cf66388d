package org.newsgraph.extract.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org article described by a page's JSON-LD blocks, if any. Blocks are read leniently
 * (trailing commas, raw control characters and comments are common in the wild) and a block that
 * still does not parse is ignored; {@code @graph} containers and arrays are searched.
 */
public final class JsonLd {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "BlogPosting",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "TechArticle",
          "ScholarlyArticle",
          "LiveBlogPosting",
          "Report",
          "SatiricalArticle",
          "Blog",
          "SocialMediaPosting",
          "DiscussionForumPosting",
          "Review");

  private final @Nullable JsonNode article;

  private JsonLd(@Nullable JsonNode article) {
    this.article = article;
  }

  /** Reads the JSON-LD blocks of {@code doc}. */
  public static JsonLd of(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.getElementsByTag("script")) {
      if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
        continue;
      }
      try (JsonParser p = JSON.createParser(script.data())) {
        JsonNode root = JSON.readTree(p);
        if (root != null) {
          collect(root, nodes, 0);
        }
      } catch (JsonProcessingException e) {
        // A broken block says nothing we can trust; the other sources remain.
      } catch (java.io.IOException e) {
        // cannot happen for an in-memory string
      }
    }
    for (JsonNode n : nodes) {
      if (isArticle(n)) {
        return new JsonLd(n);
      }
    }
    return new JsonLd(null);
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        collect(graph, out, depth + 1);
      }
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        collect(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  /** Whether the page describes an article. */
  public boolean present() {
    return article != null;
  }

  /** The first text value of {@code field}: a string, or the first of an array. */
  public @Nullable String text(String field) {
    JsonNode v = article == null ? null : article.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      v = v.size() == 0 ? null : v.get(0);
    }
    if (v == null) {
      return null;
    }
    if (v.isObject()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The names in {@code field}: strings, objects with a {@code name}, or arrays of either. */
  public List<String> names(String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = article == null ? null : article.get(field);
    addNames(v, out);
    return out;
  }

  private static void addNames(@Nullable JsonNode v, List<String> out) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isArray()) {
      for (JsonNode n : v) {
        addNames(n, out);
      }
    } else if (v.isObject()) {
      JsonNode name = v.get("name");
      if (name != null && name.isTextual() && !name.asText().isBlank()) {
        out.add(name.asText().strip());
      }
    } else if (v.isTextual() && !v.asText().isBlank()) {
      out.add(v.asText().strip());
    }
  }

  /**
   * A URL in {@code field}: a string, an object's {@code url} or {@code @id}, or the first of an
   * array.
   */
  public @Nullable String url(String field) {
    JsonNode v = article == null ? null : article.get(field);
    for (int i = 0; i < 3 && v != null; i++) {
      if (v.isArray()) {
        v = v.size() == 0 ? null : v.get(0);
      } else if (v.isObject()) {
        JsonNode next = v.has("url") ? v.get("url") : v.get("@id");
        v = next;
      } else {
        break;
      }
    }
    return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
  }

  /** The name of the object in {@code field} (e.g. the publisher's name). */
  public @Nullable String nameOf(String field) {
    List<String> names = names(field);
    return names.isEmpty() ? null : names.get(0);
  }

  /** The keywords: an array, or one comma-separated string. */
  public List<String> keywords() {
    List<String> out = new ArrayList<>();
    JsonNode v = article == null ? null : article.get("keywords");
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode k : v) {
        if (k.isTextual()) {
          out.add(k.asText());
        }
      }
    } else if (v.isTextual()) {
      out.addAll(List.of(v.asText().split(",")));
    }
    return out;
  }

  /** Whether the page says the article is not free ({@code isAccessibleForFree: false}). */
  public boolean notFree() {
    JsonNode v = article == null ? null : article.get("isAccessibleForFree");
    return v != null
        && (v.isBoolean() ? !v.asBoolean() : v.asText().strip().equalsIgnoreCase("false"));
  }
}
