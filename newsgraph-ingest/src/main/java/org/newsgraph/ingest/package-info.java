/**
 * The ingest stage: turns the places a user points at (files, folders, JSON-lines files) into
 * {@link org.newsgraph.model.Capture}s, the exact bytes plus where and when they came from.
 *
 * <p>Start from {@link org.newsgraph.ingest.DocumentSource} and its file implementation {@link
 * org.newsgraph.ingest.FileSource}. Inputs that cannot be captured are not errors: they come out of
 * the stream as {@link org.newsgraph.ingest.SourceRecord.Refused} with a reason, and the rest goes
 * on.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.ingest;

import org.jspecify.annotations.NullMarked;
