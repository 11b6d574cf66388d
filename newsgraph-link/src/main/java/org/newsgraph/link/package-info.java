/**
 * The link stage: connects an article to the others. For now it recognises exact copies (the same
 * text under any headline, spacing or capitalisation) with {@link
 * org.newsgraph.link.CopyFingerprint}; the catalog links each copy to the earliest article with the
 * same fingerprint.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.link;

import org.jspecify.annotations.NullMarked;
