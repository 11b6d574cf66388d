/**
 * How the command line talks to a person: a progress bar on a terminal (plain periodic lines
 * otherwise) and aligned text tables.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.cli.console;

import org.jspecify.annotations.NullMarked;
