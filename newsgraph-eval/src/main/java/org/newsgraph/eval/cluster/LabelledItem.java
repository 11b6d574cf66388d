package org.newsgraph.eval.cluster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One article of a labelled stream: what a clusterer may see, and the gold story it belongs to.
 *
 * @param cluster the gold story id; never shown to the clusterer
 */
public record LabelledItem(
    String id,
    String title,
    String text,
    @Nullable Instant published,
    @Nullable String source,
    String cluster) {}
