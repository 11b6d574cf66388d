package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A page's {@code <meta>} tags by name, property or itemprop (lowercased), read in one pass: the
 * OpenGraph, Twitter, Dublin Core and news-specific tags that pages declare.
 */
public final class MetaTags {

  private final Map<String, List<String>> byKey = new HashMap<>();

  private MetaTags() {}

  /** Reads every {@code <meta>} of {@code doc} that has content. */
  public static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element m : doc.getElementsByTag("meta")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          tags.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return tags;
  }

  /** The first content of the tag named {@code key}. */
  public @Nullable String first(String key) {
    List<String> values = byKey.get(key);
    return values == null ? null : values.get(0);
  }

  /** Every content of the tags named {@code key}, in page order. */
  public List<String> all(String key) {
    return byKey.getOrDefault(key, List.of());
  }
}
