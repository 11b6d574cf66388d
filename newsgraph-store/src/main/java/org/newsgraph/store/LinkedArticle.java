package org.newsgraph.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A linked article as a replay of the link stage needs it: what the clusterer saw, in the order it
 * saw it ({@code seq}, increasing).
 */
public record LinkedArticle(
    String id,
    String title,
    String body,
    @Nullable Instant published,
    @Nullable String siteName,
    float[] embedding,
    int[] minhash,
    List<String> entities,
    long seq) {}
