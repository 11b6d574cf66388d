/**
 * Who said what: finds attributions (a source, the cue that attributes, and the content, each as
 * spans of the text) in direct quotes, reported speech ("X said that ..."), inverted reports ("...,
 * X said"), "according to" and beliefs and intentions, and classifies each source (named person or
 * organisation, unnamed official, vague, document, none). Start from {@link
 * org.newsgraph.enrich.attribution.AttributionFinder}.
 */
@NullMarked
package org.newsgraph.enrich.attribution;

import org.jspecify.annotations.NullMarked;
