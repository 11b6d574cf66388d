package org.newsgraph.eval.extract;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the extractor made of one page, and how it scored.
 *
 * @param rejection why the extractor returned no article, if it did not
 */
public record PageResult(
    String id,
    String url,
    String body,
    @Nullable String title,
    @Nullable Instant published,
    @Nullable String rejection,
    PageScore score) {}
