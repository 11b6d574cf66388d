package org.newsgraph.model.analysis;

import java.util.Objects;

/** One place where the text refers to an entity. */
public record Mention(Span span, String text, MentionKind kind) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
