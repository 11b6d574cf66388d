package org.newsgraph.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.MentionKind;
import org.newsgraph.model.analysis.Role;
import org.newsgraph.model.analysis.Span;

/**
 * Finds the entities of a text and every mention of each: names from the statistical recogniser and
 * the gazetteer, then resolution within the text. A surname stands for the full name used before it
 * ("Trump" for Donald Trump); an acronym defined in the text or known to the gazetteer stands for
 * its organisation ("IRGC"); a nationality adjective stands for its country ("Iranian"); a capital
 * used as an actor stands for its government ("Tehran warned"). Known recogniser mistakes are
 * repaired: names split at "of the" are joined ("International Committee of the Red Cross"), a
 * first name in a possessive product name is not a person ("David's Sling"), and interface labels
 * are not names.
 *
 * <p>Models load once, on first use; thread-safe.
 */
public final class EntityFinder {

  /** What was found: the entities, and the roles of the people among them. */
  public record Found(List<Entity> entities, List<Role> roles) {}

  private static final Set<String> COMPASS_ADJECTIVES =
      Set.of("western", "eastern", "northern", "southern");

  private static final Set<String> INTERFACE_WORDS =
      Set.of(
          "edit",
          "content",
          "share",
          "sharing",
          "article",
          "articles",
          "related",
          "more",
          "read",
          "print",
          "email",
          "comments",
          "subscribe",
          "sign",
          "login",
          "menu",
          "search",
          "home",
          "advertisement",
          "no");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of(
          "in", "at", "from", "to", "near", "into", "around", "outside", "across", "toward",
          "towards", "via", "of");
  private static final Set<String> HONORIFICS =
      Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "prof.");

  private final CoreNlpNer ner = new CoreNlpNer();

  /** The entities and roles in {@code sentences} of {@code text}. */
  public Found find(String text, List<Sentence> sentences) {
    Gazetteer g = gazetteer();
    List<Raw> raw = new ArrayList<>();
    for (NerSpan n : ner.recognize(sentences)) {
      raw.add(
          new Raw(n.sentence(), n.firstToken(), n.lastToken(), n.start(), n.end(), n.type(), null));
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (Gazetteer.Match m : g.names(tokens)) {
        Token first = tokens.get(m.first());
        Token last = tokens.get(m.last());
        int end = last.text().endsWith("-") ? last.end() - 1 : last.end();
        raw.add(
            new Raw(
                s, m.first(), m.last(), first.start(), end, m.entry().kind().name(), m.entry()));
      }
    }
    List<Raw> mentions = repair(text, sentences, merge(raw));
    Map<String, Raw> acronyms = acronyms(text, sentences, mentions);
    mentions = addAcronymMentions(sentences, mentions, acronyms);
    return resolve(text, sentences, mentions, acronyms, g);
  }

  /** A mention before resolution: token range in a sentence, offsets, type, gazetteer entry. */
  private record Raw(
      int sentence,
      int first,
      int last,
      int start,
      int end,
      String type,
      @Nullable GazetteerEntry entry) {
    Span span() {
      return new Span(start, end);
    }
  }

  /**
   * Gazetteer phrases that cover recogniser names replace them; recogniser names that cover a
   * phrase win.
   */
  private static List<Raw> merge(List<Raw> raw) {
    List<Raw> out = new ArrayList<>();
    for (Raw r : raw) {
      boolean drop = false;
      for (Raw o : raw) {
        if (o == r || !o.span().overlaps(r.span())) {
          continue;
        }
        int ol = o.end() - o.start();
        int rl = r.end() - r.start();
        if (ol > rl || ol == rl && o.entry() != null && r.entry() == null) {
          drop = true; // the longer mention wins; at equal length, the gazetteer's
          break;
        }
      }
      if (!drop) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparingInt(Raw::start));
    return out;
  }

  /** Joins names split at "of (the)" and drops known mistakes. */
  private static List<Raw> repair(String text, List<Sentence> sentences, List<Raw> mentions) {
    List<Raw> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Raw m = mentions.get(i);
      List<Token> tokens = sentences.get(m.sentence()).tokens();
      // "International Committee" + "of the" + "Red Cross"
      if (i + 1 < mentions.size()
          && (m.type().equals("ORGANIZATION") || m.type().equals("LOCATION"))) {
        Raw next = mentions.get(i + 1);
        if (next.sentence() == m.sentence()
            && joinedByOf(tokens, m.last(), next.first())
            && next.entry() == null) {
          out.add(
              new Raw(
                  m.sentence(),
                  m.first(),
                  next.last(),
                  m.start(),
                  next.end(),
                  "ORGANIZATION",
                  null));
          i++;
          continue;
        }
      }
      // "David's Sling": a first name owning a capitalised noun names a thing, not a person
      if (m.type().equals("PERSON")
          && m.first() == m.last()
          && m.last() + 2 < tokens.size()
          && isPossessive(tokens.get(m.last() + 1))
          && tokens.get(m.last() + 2).capitalized()) {
        Token thing = tokens.get(m.last() + 2);
        out.add(
            new Raw(m.sentence(), m.first(), m.last() + 2, m.start(), thing.end(), "MISC", null));
        continue;
      }
      // "Western allies": an adjective the recogniser took for a place; "a united Western
      // approach", where the tagger takes it for a name, is the same adjective
      if (m.entry() == null && m.first() == m.last() && isModifier(tokens, m.first())) {
        continue;
      }
      if (isInterfaceLabel(m.span().of(text))
          || m.entry() == null && !startsUpper(m.span().of(text))) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  private static boolean isModifier(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.is("ADJ")) {
      return true;
    }
    return COMPASS_ADJECTIVES.contains(t.lower())
        && i + 1 < tokens.size()
        && !tokens.get(i + 1).capitalized()
        && tokens.get(i + 1).is("NOUN");
  }

  private static boolean joinedByOf(List<Token> tokens, int lastOfFirst, int firstOfNext) {
    int gap = firstOfNext - lastOfFirst - 1;
    if (gap < 1 || gap > 2) {
      return false;
    }
    String a = tokens.get(lastOfFirst + 1).lower();
    if (!a.equals("of") && !a.equals("for")) {
      return false;
    }
    return gap == 1 || tokens.get(lastOfFirst + 2).lower().equals("the");
  }

  private static boolean isPossessive(Token t) {
    return t.text().equals("'s") || t.text().equals("\u2019s");
  }

  private static boolean isInterfaceLabel(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!INTERFACE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsUpper(String s) {
    return !s.isEmpty()
        && (Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.codePointAt(0)));
  }

  /** "Islamic Revolutionary Guard Corps (IRGC)": acronyms the text defines, by acronym. */
  private static Map<String, Raw> acronyms(
      String text, List<Sentence> sentences, List<Raw> mentions) {
    Map<String, Raw> out = new HashMap<>();
    for (Raw m : mentions) {
      List<Token> tokens = sentences.get(m.sentence()).tokens();
      int open = m.last() + 1;
      if (open + 2 < tokens.size()
          && tokens.get(open).text().equals("(")
          && tokens.get(open + 2).text().equals(")")) {
        String acronym = tokens.get(open + 1).text();
        if (isAcronymOf(acronym, m.span().of(text))) {
          out.put(acronym, m);
        }
      }
    }
    return out;
  }

  private static boolean isAcronymOf(String acronym, String name) {
    if (acronym.length() < 2
        || acronym.length() > 8
        || !acronym.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(acronym.replace(".", ""));
  }

  /** Every use of a defined acronym that the recognisers missed becomes a mention. */
  private static List<Raw> addAcronymMentions(
      List<Sentence> sentences, List<Raw> mentions, Map<String, Raw> acronyms) {
    if (acronyms.isEmpty()) {
      return mentions;
    }
    List<Raw> out = new ArrayList<>(mentions);
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String word =
            t.text().endsWith("-") ? t.text().substring(0, t.text().length() - 1) : t.text();
        Raw defined = acronyms.get(word);
        if (defined == null) {
          continue;
        }
        Span span = new Span(t.start(), t.start() + word.length());
        boolean known = false;
        for (Raw m : out) {
          if (m.span().overlaps(span)) {
            known = true;
            break;
          }
        }
        if (!known) {
          out.add(new Raw(s, i, i, span.start(), span.end(), defined.type(), defined.entry()));
        }
      }
    }
    out.sort(Comparator.comparingInt(Raw::start));
    return out;
  }

  /** Groups mentions into entities and names the roles of people. */
  private Found resolve(
      String text,
      List<Sentence> sentences,
      List<Raw> mentions,
      Map<String, Raw> acronyms,
      Gazetteer g) {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    List<Builder> people = new ArrayList<>();
    Map<Raw, Builder> builderOf = new HashMap<>();
    for (Raw m : mentions) {
      String surface = m.span().of(text);
      Builder b;
      MentionKind kind = MentionKind.NAME;
      GazetteerEntry e = m.entry();
      Raw definition = acronyms.get(surface);
      if (definition != null && definition != m) {
        b = builderOf.get(definition);
        kind = MentionKind.ACRONYM;
        if (b == null) {
          continue;
        }
      } else if (e != null) {
        switch (e.kind()) {
          case COUNTRY -> {
            b =
                byKey.computeIfAbsent(
                    "COUNTRY:" + e.canonical(),
                    k -> new Builder(EntityType.COUNTRY, e.canonical(), e.canonical()));
            kind =
                surface.equals(e.canonical())
                    ? MentionKind.NAME
                    : isUpperAcronym(surface) ? MentionKind.ACRONYM : MentionKind.SHORT_NAME;
          }
          case DEMONYM -> {
            b =
                byKey.computeIfAbsent(
                    "COUNTRY:" + e.canonical(),
                    k -> new Builder(EntityType.COUNTRY, e.canonical(), e.canonical()));
            kind = MentionKind.NATIONALITY;
          }
          case CAPITAL -> {
            if (actsAsGovernment(sentences.get(m.sentence()).tokens(), m.first())) {
              b =
                  byKey.computeIfAbsent(
                      "COUNTRY:" + e.country(),
                      k -> new Builder(EntityType.COUNTRY, e.country(), e.country()));
              kind = MentionKind.CAPITAL_FOR_GOVERNMENT;
            } else {
              b =
                  byKey.computeIfAbsent(
                      "CITY:" + e.canonical(),
                      k -> new Builder(EntityType.CITY, e.canonical(), e.country()));
            }
          }
          case ORGANIZATION -> {
            b =
                byKey.computeIfAbsent(
                    "ORG:" + e.canonical(),
                    k -> new Builder(EntityType.ORGANIZATION, e.canonical(), e.country()));
            kind =
                surface.equals(e.canonical())
                    ? MentionKind.NAME
                    : isUpperAcronym(surface) ? MentionKind.ACRONYM : MentionKind.SHORT_NAME;
          }
          default -> {
            continue;
          }
        }
      } else if (m.type().equals("PERSON")) {
        String name = stripHonorific(surface);
        Builder full = surnameOf(people, name);
        if (full != null && !name.contains(" ")) {
          b = full;
          kind = MentionKind.SHORT_NAME;
        } else {
          b =
              byKey.computeIfAbsent(
                  "PERSON:" + name, k -> new Builder(EntityType.PERSON, name, null));
          if (!people.contains(b)) {
            people.add(b);
          }
        }
      } else {
        EntityType type =
            switch (m.type()) {
              case "ORGANIZATION" -> EntityType.ORGANIZATION;
              case "LOCATION" -> EntityType.LOCATION;
              default -> EntityType.MISC;
            };
        b = byKey.computeIfAbsent(type + ":" + surface, k -> new Builder(type, surface, null));
      }
      b.mentions.add(new Mention(m.span(), surface, kind));
      builderOf.put(m, b);
    }
    List<Entity> entities = new ArrayList<>();
    Map<Builder, String> ids = new HashMap<>();
    List<Builder> ordered = new ArrayList<>(byKey.values());
    ordered.removeIf(b -> b.mentions.isEmpty());
    ordered.sort(Comparator.comparingInt(b -> b.mentions.get(0).span().start()));
    for (Builder b : ordered) {
      String id = "e" + (entities.size() + 1);
      ids.put(b, id);
      b.mentions.sort(Comparator.comparing(Mention::span));
      entities.add(new Entity(id, b.name, b.type, b.country, b.mentions));
    }
    List<RoleFinder.PersonMention> named = new ArrayList<>();
    List<RoleFinder.Affiliation> affiliations = new ArrayList<>();
    for (Raw m : mentions) {
      Builder b = builderOf.get(m);
      if (b != null && b.type == EntityType.PERSON) {
        named.add(
            new RoleFinder.PersonMention(
                m.sentence(), m.first(), m.last(), m.span(), ids.get(b), b.name));
      } else if (b != null && (b.type == EntityType.COUNTRY || b.type == EntityType.ORGANIZATION)) {
        affiliations.add(new RoleFinder.Affiliation(m.sentence(), m.first(), m.last(), b.name));
      }
    }
    List<Role> roles = RoleFinder.roles(sentences, named, affiliations, g);
    return new Found(entities, roles);
  }

  /** A capital is a government when it acts, not when something happens in it. */
  private static boolean actsAsGovernment(List<Token> tokens, int first) {
    if (first == 0) {
      return true;
    }
    return !PLACE_PREPOSITIONS.contains(tokens.get(first - 1).lower());
  }

  private static @Nullable Builder surnameOf(List<Builder> people, String name) {
    for (int i = people.size() - 1; i >= 0; i--) {
      Builder p = people.get(i);
      String[] parts = p.name.split("\\s+");
      if (parts.length > 1 && parts[parts.length - 1].equals(name)) {
        return p;
      }
    }
    return null;
  }

  private static String stripHonorific(String name) {
    String[] parts = name.split("\\s+", 2);
    if (parts.length == 2 && HONORIFICS.contains(parts[0].toLowerCase(Locale.ROOT))) {
      return parts[1];
    }
    return name;
  }

  private static boolean isUpperAcronym(String s) {
    return s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private static Gazetteer gazetteer() {
    return Loaded.GAZETTEER;
  }

  /** Loads the gazetteer when first asked for, once per process. */
  private static final class Loaded {
    static final Gazetteer GAZETTEER = Gazetteer.load();
  }

  /** An entity being assembled. */
  private static final class Builder {
    final EntityType type;
    final String name;
    final @Nullable String country;
    final List<Mention> mentions = new ArrayList<>();

    Builder(EntityType type, String name, @Nullable String country) {
      this.type = type;
      this.name = name;
      this.country = country;
    }
  }
}
