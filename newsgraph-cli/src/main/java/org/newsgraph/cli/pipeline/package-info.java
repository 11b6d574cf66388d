/**
 * The ingest pipeline, assembled from the stages: source, capture store, extract, enrich, link,
 * catalog and index. {@link org.newsgraph.cli.pipeline.IngestPipeline} runs it; {@link
 * org.newsgraph.cli.pipeline.IngestListener} hears about each input as it is decided, and {@link
 * org.newsgraph.cli.pipeline.IngestReport} sums a run up.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.cli.pipeline;

import org.jspecify.annotations.NullMarked;
