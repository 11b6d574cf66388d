/**
 * The REST API and its JSON documents. The records here are the public JSON shapes, shared by the
 * API and the command line's {@code --json} output; field names are a stable interface: extend,
 * never rename. {@link org.newsgraph.server.api.ApiJson} configures the mapper (ISO-8601 times,
 * nulls kept).
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.server.api;

import org.jspecify.annotations.NullMarked;
