/**
 * The {@code newsgraph} command: {@link org.newsgraph.cli.Main} runs {@link
 * org.newsgraph.cli.NewsgraphCommand}, whose subcommands (ingest, list, show, search, serve,
 * reindex, demo) each live in their own class. Options, exit codes and {@code --json} fields are a
 * public interface: extend them, never rename them.
 *
 * <p>Exit codes: 0 success; 1 some inputs were rejected, or the thing asked for does not exist; 2
 * usage error (bad option, bad query); 3 the data directory could not be read or written.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.cli;

import org.jspecify.annotations.NullMarked;
