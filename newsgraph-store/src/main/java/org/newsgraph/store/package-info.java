/**
 * Where everything is kept: {@link org.newsgraph.store.CaptureStore} holds the raw captures (the
 * source of truth), {@link org.newsgraph.store.Catalog} the articles derived from them, and {@link
 * org.newsgraph.store.SearchIndex} the full-text index over the articles. {@link
 * org.newsgraph.store.Corpus} opens all three from one {@link org.newsgraph.store.DataDir}.
 *
 * <p>The embedded implementations are content-addressed files ({@link
 * org.newsgraph.store.FileCaptureStore}), SQLite ({@link org.newsgraph.store.SqliteCatalog}) and
 * Lucene on local disk ({@link org.newsgraph.store.LuceneSearchIndex}). The catalog and the index
 * can always be rebuilt from the captures.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.store;

import org.jspecify.annotations.NullMarked;
