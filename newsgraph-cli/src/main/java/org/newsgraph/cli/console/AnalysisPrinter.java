package org.newsgraph.cli.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.server.api.AnalysisFields;

/**
 * Prints an analysis for people: summary, keyphrases, entities with their mention counts, roles,
 * and each attribution as "source [class] cue: content", all cut from the analysed text.
 */
public final class AnalysisPrinter {

  private static final int EXCERPT = 160;

  private AnalysisPrinter() {}

  /** Prints {@code a}, whose offsets index {@code text}. */
  public static void print(AnalysisFields a, String text, PrintWriter out) {
    out.println();
    if (a.notAnalysed() != null) {
      out.println("Analysis: none (" + a.notAnalysed() + ")");
      out.flush();
      return;
    }
    if (!a.summary().isEmpty()) {
      out.println("Summary: " + a.summary());
    }
    if (!a.keyphrases().isEmpty()) {
      out.println("Keyphrases: " + String.join("; ", a.keyphrases()));
    }
    if (!a.entities().isEmpty()) {
      out.println("Entities:");
      for (AnalysisFields.EntityItem e : a.entities()) {
        out.printf(
            "  %-13s %s%s  x%d  [%s]%n",
            e.type(),
            e.name(),
            e.country() == null || e.country().equals(e.name()) ? "" : " (" + e.country() + ")",
            e.mentions().size(),
            e.id());
      }
    }
    if (!a.roles().isEmpty()) {
      out.println("Roles:");
      for (AnalysisFields.RoleItem r : a.roles()) {
        out.println("  " + r.person() + ": " + r.role() + (r.of() == null ? "" : " of " + r.of()));
      }
    }
    if (!a.attributions().isEmpty()) {
      out.println("Attributions:");
      for (AnalysisFields.AttributionItem x : a.attributions()) {
        String source = x.source().isEmpty() ? "(no source)" : cut(text, x.source());
        out.printf(
            "  %s [%s, %s] %s: %s%n",
            source,
            x.sourceClass().replace('_', ' '),
            x.kind(),
            cut(text, x.cue()),
            cut(text, x.content()));
      }
    }
    if (!a.dates().isEmpty()) {
      List<String> dates = new ArrayList<>();
      for (AnalysisFields.DateItem d : a.dates()) {
        dates.add(d.text() + (d.date() == null ? "" : " = " + d.date()));
      }
      out.println("Dates: " + String.join("; ", dates));
    }
    out.flush();
  }

  private static String cut(String text, List<int[]> spans) {
    List<String> parts = new ArrayList<>();
    for (int[] s : spans) {
      parts.add(text.substring(s[0], s[1]).replaceAll("\\s+", " "));
    }
    String joined = String.join(" \u2026 ", parts);
    return joined.length() > EXCERPT ? joined.substring(0, EXCERPT) + "\u2026" : joined;
  }
}
