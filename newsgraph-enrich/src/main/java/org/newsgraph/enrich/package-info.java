/**
 * The enrich stage: one {@link org.newsgraph.model.Article} in, the {@link
 * org.newsgraph.model.Annotation}s that describe it out. Start from {@link
 * org.newsgraph.enrich.Enricher} and {@link org.newsgraph.enrich.Enrichers}, which runs several
 * enrichers in order; {@link org.newsgraph.enrich.LanguageIdentifier} detects the language.
 *
 * <p>Models are heavyweight: create each enricher once in the wiring and share it between threads.
 *
 * @since 0.1
 */
@NullMarked
package org.newsgraph.enrich;

import org.jspecify.annotations.NullMarked;
