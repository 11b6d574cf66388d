/**
 * The link stage's memory on disk: the near-copy index, the TF-IDF statistics and the live stories
 * written at the end of a run and read at the start of the next, so a run need not replay every
 * decision the catalog holds to continue where the last one stopped. The file is a cache: the
 * catalog stays the record, and a missing, damaged or outdated file is rebuilt from it.
 */
@NullMarked
package org.newsgraph.link.state;

import org.jspecify.annotations.NullMarked;
