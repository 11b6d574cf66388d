package org.newsgraph.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A story as the catalog lists it.
 *
 * @param label its most central headline
 * @param articles how many articles it holds, copies included
 * @param copies how many of those are copies of another article
 * @param outlets how many distinct sites published them
 */
public record StorySummary(
    String id,
    String label,
    @Nullable Instant firstSeen,
    @Nullable Instant lastSeen,
    long articles,
    long copies,
    long outlets) {}
