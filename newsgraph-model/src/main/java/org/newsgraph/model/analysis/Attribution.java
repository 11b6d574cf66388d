package org.newsgraph.model.analysis;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who said (or believes, or reported) what: the source, the cue that attributes, and the content,
 * each as one or more spans of the text (content can be interrupted: "The talks," he said, "went
 * well").
 *
 * @param source where the text names the source; empty when it names none
 * @param entityId the source's entity, when it resolves to one
 */
public record Attribution(
    List<Span> source,
    List<Span> cue,
    List<Span> content,
    AttributionKind kind,
    SourceClass sourceClass,
    @Nullable String entityId) {
  public Attribution {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sourceClass, "sourceClass");
  }
}
