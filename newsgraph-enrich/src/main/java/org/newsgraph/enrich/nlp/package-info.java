/**
 * Sentences, tokens and part-of-speech tags for English text: sentences and tokens from OpenNLP's
 * models (Apache 2.0), tags from CoreNLP's newswire tagger (GPL), all shipped in Maven artifacts.
 * Start from {@link org.newsgraph.enrich.nlp.EnglishNlp}.
 */
@NullMarked
package org.newsgraph.enrich.nlp;

import org.jspecify.annotations.NullMarked;
