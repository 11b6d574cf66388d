/**
 * The HTTP face of a corpus: the REST API under {@code /api}, the web reader (home, article and
 * search pages) and {@code /health}. Start from {@link org.newsgraph.server.NewsgraphServer}, which
 * assembles the routes of {@link org.newsgraph.server.api} and {@link org.newsgraph.server.reader}
 * over one read-only {@link org.newsgraph.store.Corpus}, and maps every error to a response in one
 * place.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.server;

import org.jspecify.annotations.NullMarked;
