package org.newsgraph.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.nlp.Token;

/**
 * Countries (with their aliases, demonyms and capitals), organisations (with their short forms) and
 * titles, from the data files in {@code gazetteer/}, matched against token sequences: the longest
 * phrase wins ("Republic of the Congo" over "Congo"). Names and short forms match with their case
 * ("IDF", "Hamas"); titles match in any case ("Foreign Minister", "foreign minister"). A token
 * ending in a hyphen matches as the word before it ("IRGC-directed", "Iranian-backed").
 *
 * <p>Immutable once loaded; shared between threads.
 */
final class Gazetteer {

  /** A phrase found in a sentence: token range {@code [first, last]}. */
  record Match(int first, int last, GazetteerEntry entry) {}

  private static final String BASE = "/org/newsgraph/enrich/gazetteer/";

  private final Node names = new Node();
  private final Node titles = new Node();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    @Nullable GazetteerEntry entry;
  }

  private Gazetteer() {}

  /** Loads the gazetteer shipped with the enricher. */
  static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    for (String[] row : rows("countries.tsv", 5)) {
      String name = row[0];
      GazetteerEntry country = new GazetteerEntry(GazetteerEntry.Kind.COUNTRY, name, name, row[4]);
      g.add(g.names, name, country);
      for (String alias : values(row[1])) {
        g.add(g.names, alias, country);
      }
      for (String demonym : values(row[2])) {
        g.add(
            g.names, demonym, new GazetteerEntry(GazetteerEntry.Kind.DEMONYM, name, name, demonym));
      }
      for (String capital : values(row[3])) {
        g.add(g.names, capital, new GazetteerEntry(GazetteerEntry.Kind.CAPITAL, capital, name, ""));
      }
    }
    for (String[] row : rows("organizations.tsv", 4)) {
      String country = row[3].isBlank() ? null : row[3];
      GazetteerEntry org =
          new GazetteerEntry(GazetteerEntry.Kind.ORGANIZATION, row[0], country, row[2]);
      g.add(g.names, row[0], org);
      for (String shortForm : values(row[1])) {
        g.add(g.names, shortForm, org);
      }
    }
    for (String[] row : rows("titles.tsv", 2)) {
      g.add(
          g.titles,
          row[0].toLowerCase(Locale.ROOT),
          new GazetteerEntry(GazetteerEntry.Kind.TITLE, row[0], null, row[1]));
    }
    return g;
  }

  /** Names (countries, demonyms, capitals, organisations) in {@code tokens}, longest first. */
  List<Match> names(List<Token> tokens) {
    return match(names, tokens, false);
  }

  /** Titles in {@code tokens}. */
  List<Match> titles(List<Token> tokens) {
    return match(titles, tokens, true);
  }

  private static List<Match> match(Node root, List<Token> tokens, boolean lowercase) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = root;
      Match best = null;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(key(tokens.get(j).text(), lowercase));
        if (node == null) {
          break;
        }
        if (node.entry != null) {
          best = new Match(i, j, node.entry);
        }
      }
      if (best != null) {
        out.add(best);
        i = best.last() + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private void add(Node root, String phrase, GazetteerEntry entry) {
    Node node = root;
    for (String word : words(phrase)) {
      node = node.next.computeIfAbsent(key(word, root == titles), k -> new Node());
    }
    if (node.entry == null) {
      node.entry = entry; // the first row wins: files list the usual meaning first
    }
  }

  /** A phrase's words as the tokenizer would cut them ("Washington, D.C." is three). */
  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      if (w.length() > 1 && w.endsWith(",")) {
        out.add(w.substring(0, w.length() - 1));
        out.add(",");
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static String key(String word, boolean lowercase) {
    String w = word.replace('\u2019', '\'');
    if (w.length() > 1 && (w.endsWith("-") || w.endsWith("."))) {
      // "IRGC-directed"; "E.U." which the tokenizer may cut as "E.U" and "."
      w = w.substring(0, w.length() - 1);
    }
    return lowercase ? w.toLowerCase(Locale.ROOT) : w;
  }

  private static List<String> values(String field) {
    List<String> out = new ArrayList<>();
    for (String v : field.split("\\|")) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "gazetteer file " + BASE + file + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String[] row = new String[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = c < cells.length ? cells[c].strip() : "";
        }
        out.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file, e);
    }
    return out;
  }
}
