package org.newsgraph.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;
import org.newsgraph.model.analysis.Role;
import org.newsgraph.model.analysis.Span;

/**
 * Reads the titles people are named with. Two shapes cover most news prose: a title run before the
 * name ("Iranian Foreign Minister Hossein Amir-Abdollahian", "IDF Chief of Staff Lieutenant General
 * Eyal Zamir", "Iran's foreign minister, Hossein Amir-Abdollahian") and an apposition after it
 * ("Israel Katz, Israel's defense minister,", "Eyal Zamir, the chief of staff of the IDF"). The
 * office is the title that names a post rather than a rank or honorific, so Zamir's role is "chief
 * of staff", not "lieutenant general"; the country or organisation right before or after the title
 * is what the office is of.
 */
final class RoleFinder {

  /** A person's mention: its sentence, first token, offsets and the entity it resolved to. */
  record PersonMention(int sentence, int first, int last, Span span, String id, String name) {}

  /** A country, demonym, capital or organisation mention that a title can belong to. */
  record Affiliation(int sentence, int first, int last, String name) {}

  private RoleFinder() {}

  /** The roles of the people mentioned in {@code sentences}, in text order. */
  static List<Role> roles(
      List<Sentence> sentences,
      List<PersonMention> people,
      List<Affiliation> affiliations,
      Gazetteer gazetteer) {
    List<Role> out = new ArrayList<>();
    List<List<Gazetteer.Match>> titlesBySentence = new ArrayList<>();
    for (Sentence s : sentences) {
      titlesBySentence.add(gazetteer.titles(s.tokens()));
    }
    for (PersonMention p : people) {
      List<Token> tokens = sentences.get(p.sentence()).tokens();
      List<Gazetteer.Match> titles = titlesBySentence.get(p.sentence());
      List<Affiliation> here =
          affiliations.stream().filter(a -> a.sentence() == p.sentence()).toList();
      Role role = before(p, tokens, titles, here);
      if (role == null) {
        role = after(p, tokens, titles, here);
      }
      if (role != null) {
        out.add(role);
      }
    }
    return out;
  }

  /** "[Iranian|Iran's] [title...] Name", with an optional comma before the name. */
  private static @Nullable Role before(
      PersonMention p, List<Token> tokens, List<Gazetteer.Match> titles, List<Affiliation> here) {
    int j = p.first() - 1;
    if (j >= 0 && tokens.get(j).text().equals(",")) {
      j--; // "Iran's foreign minister, Hossein Amir-Abdollahian"
    }
    List<Gazetteer.Match> run = new ArrayList<>();
    while (j >= 0) {
      Gazetteer.Match t = endingAt(titles, j);
      if (t == null) {
        break;
      }
      run.add(0, t);
      j = t.first() - 1;
    }
    if (run.isEmpty()) {
      return null;
    }
    Gazetteer.Match office = office(run);
    String of = null;
    int start = tokens.get(run.get(0).first()).start();
    int k = j;
    if (k >= 0 && isPossessive(tokens.get(k))) {
      k--;
    }
    Affiliation a = affiliationEndingAt(here, k);
    if (a != null) {
      of = a.name();
      start = tokens.get(a.first()).start();
    }
    return new Role(
        p.id(),
        p.name(),
        office.entry().canonical().toLowerCase(Locale.ROOT),
        of,
        new Span(start, p.span().end()));
  }

  /** "Name, [the] [Iran's|Iranian] title [of Iran]," after the name. */
  private static @Nullable Role after(
      PersonMention p, List<Token> tokens, List<Gazetteer.Match> titles, List<Affiliation> here) {
    int j = p.last() + 1;
    if (j >= tokens.size() || !tokens.get(j).text().equals(",")) {
      return null;
    }
    j++;
    if (j < tokens.size() && isArticle(tokens.get(j))) {
      j++;
    }
    String of = null;
    Affiliation a = affiliationStartingAt(here, j);
    if (a != null) {
      of = a.name();
      j = a.last() + 1;
      if (j < tokens.size() && isPossessive(tokens.get(j))) {
        j++;
      }
    }
    List<Gazetteer.Match> run = new ArrayList<>();
    while (j < tokens.size()) {
      Gazetteer.Match t = startingAt(titles, j);
      if (t == null) {
        break;
      }
      run.add(t);
      j = t.last() + 1;
    }
    if (run.isEmpty()) {
      return null;
    }
    int end = tokens.get(j - 1).end();
    if (of == null && j + 1 < tokens.size() && tokens.get(j).lower().equals("of")) {
      int k = j + 1;
      if (isArticle(tokens.get(k))) {
        k++;
      }
      Affiliation b = affiliationStartingAt(here, k);
      if (b != null) {
        of = b.name();
        end = tokens.get(b.last()).end();
        j = b.last() + 1;
      }
    }
    // an apposition closes with punctuation or the sentence; "X, president Y" is a list
    if (j < tokens.size() && !isClosing(tokens.get(j))) {
      return null;
    }
    return new Role(
        p.id(),
        p.name(),
        office(run).entry().canonical().toLowerCase(Locale.ROOT),
        of,
        new Span(p.span().start(), end));
  }

  /** The title naming the post: the first office-like title, else the first title. */
  private static Gazetteer.Match office(List<Gazetteer.Match> run) {
    for (Gazetteer.Match t : run) {
      String kind = t.entry().detail();
      if (!kind.equals("MILITARY_RANK") && !kind.equals("HONORIFIC")) {
        return t;
      }
    }
    return run.get(0);
  }

  private static Gazetteer.@Nullable Match endingAt(List<Gazetteer.Match> titles, int token) {
    for (Gazetteer.Match t : titles) {
      if (t.last() == token) {
        return t;
      }
    }
    return null;
  }

  private static Gazetteer.@Nullable Match startingAt(List<Gazetteer.Match> titles, int token) {
    for (Gazetteer.Match t : titles) {
      if (t.first() == token) {
        return t;
      }
    }
    return null;
  }

  private static @Nullable Affiliation affiliationEndingAt(List<Affiliation> here, int token) {
    for (Affiliation a : here) {
      if (a.last() == token) {
        return a;
      }
    }
    return null;
  }

  private static @Nullable Affiliation affiliationStartingAt(List<Affiliation> here, int token) {
    for (Affiliation a : here) {
      if (a.first() == token) {
        return a;
      }
    }
    return null;
  }

  private static boolean isPossessive(Token t) {
    return t.text().equals("'s") || t.text().equals("\u2019s") || t.text().equals("'");
  }

  private static boolean isArticle(Token t) {
    String w = t.lower();
    return w.equals("the") || w.equals("a") || w.equals("an");
  }

  private static boolean isClosing(Token t) {
    String w = t.text();
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || w.equals(":")
        || w.equals(")")
        || w.equals("\u2014")
        || w.equals("--")
        || w.equals("said")
        || w.equals("says");
  }
}
