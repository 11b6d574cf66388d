package org.newsgraph.server.reader;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the reader's jte templates, which the build compiles to Java classes (package {@code
 * org.newsgraph.server.templates}); values are HTML-escaped by the templates themselves.
 */
public final class Templates {

  private static final String PACKAGE = "org.newsgraph.server.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  /** Renders template {@code name} (e.g. {@code "home.jte"}) with {@code model} as its param. */
  public String render(String name, Object model) {
    StringOutput out = new StringOutput(8192);
    engine.render(name, model, out);
    return out.toString();
  }
}
