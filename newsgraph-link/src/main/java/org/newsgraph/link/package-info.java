/**
 * The link stage: connects an article to the others. {@link org.newsgraph.link.CopyFingerprint}
 * recognises exact copies (the same text under any headline, spacing or capitalisation); {@code
 * copies} finds near-copies (MinHash signatures in an LSH index); {@code vectors} gives each
 * article its dense embedding and TF-IDF vector; {@code stories} places articles in stories as they
 * arrive; {@code state} saves and reads the stage's memory between runs.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.link;

import org.jspecify.annotations.NullMarked;
