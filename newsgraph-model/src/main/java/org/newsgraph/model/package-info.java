/**
 * Values that flow between the pipeline stages: a {@link org.newsgraph.model.Capture} (the raw
 * bytes of one input plus where and when they came from) goes into extraction, an {@link
 * org.newsgraph.model.Article} comes out, and enrichment adds {@link
 * org.newsgraph.model.Annotation}s to it. Everything here is immutable and free of third-party
 * dependencies, so every stage can share it.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.model;

import org.jspecify.annotations.NullMarked;
