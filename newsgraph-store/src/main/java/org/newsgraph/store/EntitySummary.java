package org.newsgraph.store;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.newsgraph.model.analysis.EntityType;

/**
 * An entity as the catalog knows it across articles: its stable id, how many articles mention it
 * and how often, and the forms they use for it.
 *
 * @param id the catalog id: type and a slug of the name ("person:donald-trump")
 * @param articles how many articles mention it
 * @param mentions how many mentions all articles make of it
 * @param aliases the surface forms used, most frequent first
 */
public record EntitySummary(
    String id,
    String name,
    EntityType type,
    @Nullable String country,
    long articles,
    long mentions,
    List<Alias> aliases) {
  public EntitySummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }

  /** A surface form ("Trump", "IRGC") and how many mentions use it. */
  public record Alias(String text, long mentions) {}
}
