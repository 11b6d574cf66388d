/**
 * The web reader: server-rendered HTML pages for the home list, one article (with the teasers its
 * page showed) and search, rendered by jte templates ({@code src/main/jte}) compiled at build time.
 * The records here are the templates' models.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.server.reader;

import org.jspecify.annotations.NullMarked;
