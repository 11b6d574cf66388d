/**
 * Sentences, tokens and part-of-speech tags for English text, from OpenNLP's models (Apache 2.0,
 * shipped in Maven artifacts). Start from {@link org.newsgraph.enrich.nlp.EnglishNlp}.
 */
@NullMarked
package org.newsgraph.enrich.nlp;

import org.jspecify.annotations.NullMarked;
