/**
 * Named entities: Stanford CoreNLP's statistical recogniser finds people, organisations and places;
 * our gazetteer adds countries, capitals, nationalities, titles and well-known short forms; the
 * resolver merges mentions into entities ("Trump" is Donald Trump, "IRGC" the Islamic Revolutionary
 * Guard Corps defined earlier, "Iranian" stands for Iran, "Tehran" for its government) and removes
 * known mistakes. Start from {@link org.newsgraph.enrich.entities.EntityFinder}.
 */
@NullMarked
package org.newsgraph.enrich.entities;

import org.jspecify.annotations.NullMarked;
