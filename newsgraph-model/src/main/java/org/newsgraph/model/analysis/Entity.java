package org.newsgraph.model.analysis;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person, organisation, place or other named thing the text refers to, with every mention of it.
 *
 * @param id the entity's id in this analysis ({@code "e1"}, ...); the catalog gives stable ids
 * @param name the fullest name the text uses
 * @param type what kind of thing it is
 * @param country for a nationality or a capital, the country it stands for; for an organisation or
 *     person, the country the text ties it to when known
 * @param mentions where the text refers to it, in order
 */
public record Entity(
    String id, String name, EntityType type, @Nullable String country, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }
}
