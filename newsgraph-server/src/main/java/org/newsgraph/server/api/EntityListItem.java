package org.newsgraph.server.api;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.store.EntitySummary;

/**
 * One entity across the corpus ({@code GET /api/entities}, {@code newsgraph entities --json}): its
 * stable id, name, lowercase type, country, how many articles mention it and how often, and the
 * forms used for it.
 */
public record EntityListItem(
    String id,
    String name,
    String type,
    @Nullable String country,
    long articles,
    long mentions,
    List<AliasItem> aliases) {

  /** A surface form and how many mentions use it. */
  public record AliasItem(String text, long mentions) {}

  public static EntityListItem of(EntitySummary e) {
    return new EntityListItem(
        e.id(),
        e.name(),
        e.type().name().toLowerCase(Locale.ROOT),
        e.country(),
        e.articles(),
        e.mentions(),
        e.aliases().stream().map(a -> new AliasItem(a.text(), a.mentions())).toList());
  }
}
