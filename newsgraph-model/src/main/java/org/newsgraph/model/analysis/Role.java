package org.newsgraph.model.analysis;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person named with a title: "Iranian Foreign Minister Hossein Amir-Abdollahian" is {person
 * "Hossein Amir-Abdollahian", role "foreign minister", of "Iran"}.
 *
 * @param personId the id of the person's entity
 * @param person the person's name
 * @param role the title, lowercase ("foreign minister", "former president")
 * @param of the country or organisation the office belongs to, when the text says
 * @param span the whole title-and-name phrase
 */
public record Role(String personId, String person, String role, @Nullable String of, Span span) {
  public Role {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(span, "span");
  }
}
