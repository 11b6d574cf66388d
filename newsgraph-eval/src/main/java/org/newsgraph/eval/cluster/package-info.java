/** Story clustering evaluation: labelled article streams and the pairwise and BCubed scores. */
@NullMarked
package org.newsgraph.eval.cluster;

import org.jspecify.annotations.NullMarked;
