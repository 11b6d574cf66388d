package org.newsgraph.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A short summary of another article that a page shows next to its own (a "Related Articles" or
 * "Read more" entry). Kept apart from the article body.
 *
 * @param text the teaser text
 * @param url where the teaser links to, when the page says
 */
public record Teaser(String text, @Nullable String url) {
  public Teaser {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("teaser text must not be blank");
    }
  }
}
