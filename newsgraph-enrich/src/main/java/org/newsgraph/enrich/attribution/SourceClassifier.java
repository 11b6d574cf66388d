package org.newsgraph.enrich.attribution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;
import org.newsgraph.model.analysis.Attribution;
import org.newsgraph.model.analysis.Entity;
import org.newsgraph.model.analysis.EntityType;
import org.newsgraph.model.analysis.Mention;
import org.newsgraph.model.analysis.MentionKind;
import org.newsgraph.model.analysis.SourceClass;
import org.newsgraph.model.analysis.Span;

/**
 * Says how well each attribution's source is identified, and which entity it is. The head of the
 * source phrase decides first: "Israeli officials" are unnamed officials even though "Israeli"
 * names a country, "regional observers" are vague, "intelligence assessments" are documents, "the
 * appeals court" speaks as an institution, and "the incident" is a thing behind which nobody stands
 * (WordNet's classes of nouns tell people from messages and things). A source whose head is a name
 * is the named person or organisation it resolves to; "Tehran" used as an actor is its government.
 * Pronouns take the class and entity of the nearest fitting source before them: "he" the last
 * person, "it" the last organisation or document (else the organisation or country named last
 * before it), "they" the last plural source.
 */
public final class SourceClassifier {

  private static final Set<String> OFFICIALS =
      Set.of(
          "official",
          "officials",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "spokespeople",
          "diplomat",
          "diplomats",
          "aide",
          "aides",
          "adviser",
          "advisers",
          "advisor",
          "advisors",
          "authorities",
          "authority",
          "government",
          "administration",
          "ministry",
          "military",
          "army",
          "police",
          "minister",
          "ministers",
          "officer",
          "officers",
          "commander",
          "commanders",
          "envoy",
          "envoys",
          "negotiator",
          "negotiators",
          "regime",
          "leadership",
          "leaders",
          "leader",
          "lawmakers",
          "lawmaker",
          "senator",
          "senators",
          "prosecutor",
          "prosecutors",
          "investigators",
          "regulators",
          "agency",
          "agencies",
          "governments",
          "ministries",
          "department",
          "departments",
          "office",
          "embassy",
          "cabinet",
          "spokespersons");

  /**
   * Institutions that speak as such ("the court ruled", "the campaign said"), when nothing in the
   * phrase names them ("the Trump campaign" is Trump's, as before).
   */
  private static final Set<String> INSTITUTIONS =
      Set.of(
          "court",
          "courts",
          "campaign",
          "commission",
          "committee",
          "council",
          "board",
          "panel",
          "bank",
          "company",
          "firm",
          "network",
          "union",
          "alliance",
          "coalition",
          "party",
          "congress",
          "parliament",
          "fund",
          "association",
          "institute",
          "foundation",
          "city",
          "state",
          "security",
          "enforcement");

  private static final Set<String> DOCUMENTS =
      Set.of(
          "report",
          "reports",
          "release",
          "releases",
          "statement",
          "statements",
          "assessment",
          "assessments",
          "briefing",
          "briefings",
          "study",
          "studies",
          "survey",
          "surveys",
          "poll",
          "polls",
          "document",
          "documents",
          "data",
          "cable",
          "cables",
          "analysis",
          "analyses",
          "estimate",
          "estimates",
          "figures",
          "records",
          "letter",
          "letters",
          "memo",
          "memos",
          "filing",
          "filings",
          "ruling",
          "research",
          "investigation",
          "review",
          "paper",
          "papers",
          "article",
          "articles",
          "footage",
          "video",
          "images",
          "evidence",
          "intelligence",
          "findings",
          "complaint",
          "lawsuit",
          "indictment",
          "transcript",
          "communique",
          "communiqué",
          "declaration",
          "resolution",
          "charter",
          "law",
          "order",
          "website",
          "post",
          "posts",
          "tweet",
          "tweets",
          "media",
          "press",
          "newspaper",
          "outlet",
          "outlets",
          "channel",
          "television",
          "clip",
          "statistics",
          "average",
          "averages");

  /** Vague words that name governments when a state or alliance is named with them. */
  private static final Set<String> ALLIES = Set.of("allies", "partners");

  private static final Set<String> VAGUE =
      Set.of(
          "observers",
          "observer",
          "analysts",
          "analyst",
          "experts",
          "expert",
          "commentators",
          "commentator",
          "critics",
          "critic",
          "some",
          "many",
          "others",
          "people",
          "residents",
          "witnesses",
          "witness",
          "supporters",
          "opponents",
          "activists",
          "scholars",
          "academics",
          "historians",
          "economists",
          "researchers",
          "scientists",
          "voices",
          "skeptics",
          "sceptics",
          "proponents",
          "advocates",
          "watchers",
          "insiders",
          "onlookers",
          "pundits",
          "source",
          "sources",
          "someone",
          "everyone",
          "nobody",
          "most",
          "few",
          "several",
          "groups",
          "group",
          "community",
          "world",
          "public",
          "citizens",
          "locals",
          "families",
          "organizations",
          "organisations",
          "countries",
          "states",
          "nations",
          "allies",
          "partners",
          "members",
          "stakeholders",
          "circles");

  /** Words after which a noun phrase's head has been seen ("a report by the group"). */
  private static final Set<String> HEAD_ENDS =
      Set.of("of", "who", "that", ",", "from", "with", "in", "at", "by", "on", "for", "to");

  private static final Set<String> SINGULAR_PERSON_PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "i", "me");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "we", "us");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "this", "that");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");

  private record Classified(SourceClass sourceClass, @Nullable String entityId) {}

  /**
   * Classifies the sources of {@code found}, in text order, against the {@code entities} found in
   * {@code text}.
   */
  public List<Attribution> classify(
      String text,
      List<Sentence> sentences,
      List<AttributionFinder.Found> found,
      List<Entity> entities) {
    List<Attribution> out = new ArrayList<>();
    for (AttributionFinder.Found f : found) {
      Classified c = classify(text, sentences, f.source(), entities, out);
      out.add(
          new Attribution(
              f.source(), List.of(f.cue()), f.content(), f.kind(), c.sourceClass(), c.entityId()));
    }
    return out;
  }

  private Classified classify(
      String text,
      List<Sentence> sentences,
      List<Span> source,
      List<Entity> entities,
      List<Attribution> before) {
    if (source.isEmpty()) {
      return new Classified(SourceClass.NONE, null);
    }
    Span span = new Span(source.get(0).start(), source.get(source.size() - 1).end());
    List<Token> tokens = Sentence.tokensIn(sentences, span);
    if (tokens.isEmpty()) {
      return new Classified(SourceClass.NONE, null);
    }
    Token head = head(tokens);
    String word = head.lower();
    if (tokens.size() == 1 && head.is("PRON") && RELATIVE_PRONOUNS.contains(head.text())) {
      Span antecedent = antecedent(sentences, head);
      if (antecedent != null) {
        return classify(text, sentences, List.of(antecedent), entities, before);
      }
    }
    if (tokens.size() == 1 || isPronounOnly(tokens)) {
      if (SINGULAR_PERSON_PRONOUNS.contains(word)) {
        return resolvePerson(span, entities, before);
      }
      if (PLURAL_PRONOUNS.contains(word)) {
        return previous(before, span, false);
      }
      if (THING_PRONOUNS.contains(word)) {
        Classified c = previous(before, span, true);
        return c.sourceClass() == SourceClass.VAGUE ? actorBefore(sentences, entities, span) : c;
      }
    }
    Entity named = entityAt(entities, head);
    if (named != null && !isCommonHead(word)) {
      Mention m = mentionAt(named, head);
      if (named.type() == EntityType.PERSON) {
        return new Classified(SourceClass.NAMED_PERSON, named.id());
      }
      if (named.type() == EntityType.ORGANIZATION
          || m != null && m.kind() == MentionKind.CAPITAL_FOR_GOVERNMENT
          || named.type() == EntityType.COUNTRY
              && m != null
              && m.kind() != MentionKind.NATIONALITY) {
        return new Classified(SourceClass.NAMED_ORGANIZATION, named.id());
      }
    }
    if (DOCUMENTS.contains(word)) {
      return new Classified(SourceClass.DOCUMENT, null);
    }
    if (OFFICIALS.contains(word)) {
      Entity org = organizationIn(entities, span);
      // "the IDF spokesman" speaks for a named organisation; "Israeli officials" do not
      return new Classified(SourceClass.UNNAMED_OFFICIAL, org != null ? org.id() : null);
    }
    if (VAGUE.contains(word)) {
      // "European and NATO partners", "Israel's allies": the allies of a state or alliance are
      // governments; "Trump's allies" are people around him, still vague
      if (ALLIES.contains(word) && stateOrOrganizationIn(entities, span) != null) {
        return new Classified(SourceClass.UNNAMED_OFFICIAL, null);
      }
      return new Classified(SourceClass.VAGUE, null);
    }
    Entity any = firstEntityIn(entities, span);
    if (any != null) {
      return new Classified(
          any.type() == EntityType.PERSON
              ? SourceClass.NAMED_PERSON
              : SourceClass.NAMED_ORGANIZATION,
          any.id());
    }
    if (head.is("PROPN")) {
      return new Classified(SourceClass.NAMED_ORGANIZATION, null);
    }
    // a capitalised noun may be a name the tagger missed ("RT", "Wines"): no guess about it
    if (!head.capitalized()) {
      if (INSTITUTIONS.contains(word)) {
        return new Classified(SourceClass.UNNAMED_OFFICIAL, null);
      }
      NounKinds.Kind kind = head.is("NOUN") ? NounKinds.of(word) : null;
      if (kind == NounKinds.Kind.THING) {
        // "The incident highlights ...", "A new week ..., revealing ...": nobody's authority
        return new Classified(SourceClass.NONE, null);
      }
      if (kind == NounKinds.Kind.MESSAGE) {
        return new Classified(SourceClass.DOCUMENT, null); // "the memoir says", "emails show"
      }
    }
    return new Classified(SourceClass.VAGUE, null);
  }

  /**
   * The noun phrase a relative pronoun stands for: "Rep. Elijah Cummings, who said", "a regime that
   * continues to threaten", "the poll, which found"; null when no noun comes right before it.
   */
  private static @Nullable Span antecedent(List<Sentence> sentences, Token pronoun) {
    for (Sentence s : sentences) {
      if (pronoun.start() < s.start() || pronoun.start() >= s.end()) {
        continue;
      }
      List<Token> t = s.tokens();
      int i = t.indexOf(pronoun) - 1;
      if (i >= 0 && t.get(i).text().equals(",")) {
        i--;
      }
      if (i < 0 || !(t.get(i).is("NOUN") || t.get(i).is("PROPN"))) {
        return null;
      }
      int first = AttributionFinder.npStart(t, i);
      Token preposition = first > 1 ? t.get(first - 1) : null;
      if (preposition != null && (preposition.is("ADP") || preposition.lower().equals("to"))) {
        if (!pronoun.lower().startsWith("who")) {
          // "relied on Gallup, which found" is Gallup's finding, but "fell in Michigan, which
          // shows ..." stands for the clause: a place is no source
          boolean place = preposition.lower().equals("in") || preposition.lower().equals("at");
          return place ? null : new Span(t.get(first).start(), t.get(i).end());
        }
        // "a spokesman for the Pentagon, who said": who is the spokesman
        int outer = first - 2;
        if (!(t.get(outer).is("NOUN") || t.get(outer).is("PROPN"))) {
          return null;
        }
        return new Span(t.get(AttributionFinder.npStart(t, outer)).start(), t.get(i).end());
      }
      return new Span(t.get(first).start(), t.get(i).end());
    }
    return null;
  }

  /** The head of a noun phrase: the last noun or name before any "of", "who", comma. */
  private static Token head(List<Token> tokens) {
    Token head = tokens.get(0);
    for (Token t : tokens) {
      String w = t.lower();
      if (HEAD_ENDS.contains(w)) {
        break;
      }
      if (t.is("NOUN") || t.is("PROPN") || t.is("PRON") || t.is("NUM")) {
        head = t;
      }
    }
    return head;
  }

  /** Words that head a phrase about people or papers even when a name was tagged on them. */
  private static boolean isCommonHead(String word) {
    return OFFICIALS.contains(word) || DOCUMENTS.contains(word) || VAGUE.contains(word);
  }

  private static boolean isPronounOnly(List<Token> tokens) {
    return tokens.stream().allMatch(t -> t.is("PRON") || t.is("PUNCT"));
  }

  private static Classified resolvePerson(
      Span at, List<Entity> entities, List<Attribution> before) {
    // the last named person quoted, else the last person mentioned before the pronoun
    Named nearest = namedLastBefore(entities, EnumSet.of(EntityType.PERSON), 0, at.start());
    for (int i = before.size() - 1; i >= 0; i--) {
      Attribution a = before.get(i);
      if (a.sourceClass() == SourceClass.NAMED_PERSON && a.entityId() != null) {
        int quoted = a.source().isEmpty() ? -1 : a.source().get(0).start();
        if (nearest == null || nearest.start() <= quoted) {
          return new Classified(SourceClass.NAMED_PERSON, a.entityId());
        }
        break;
      }
    }
    return nearest != null
        ? new Classified(SourceClass.NAMED_PERSON, nearest.entity().id())
        : new Classified(SourceClass.VAGUE, null);
  }

  /** An entity and where it was named. */
  private record Named(Entity entity, int start) {}

  /**
   * The entity of one of {@code types} whose mention, starting at or after {@code from}, ends last
   * before {@code before}; null when none does.
   */
  private static @Nullable Named namedLastBefore(
      List<Entity> entities, Set<EntityType> types, int from, int before) {
    Named last = null;
    for (Entity e : entities) {
      if (!types.contains(e.type())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        int start = m.span().start();
        if (start >= from && m.span().end() <= before && (last == null || start > last.start())) {
          last = new Named(e, start);
        }
      }
    }
    return last;
  }

  private static Classified previous(List<Attribution> before, Span at, boolean thing) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Attribution a = before.get(i);
      if (a.source().isEmpty() || a.source().get(0).start() >= at.start()) {
        continue;
      }
      SourceClass c = a.sourceClass();
      boolean fits =
          thing
              ? c == SourceClass.NAMED_ORGANIZATION || c == SourceClass.DOCUMENT
              : c != SourceClass.NAMED_PERSON && c != SourceClass.NONE;
      if (fits) {
        return new Classified(c, a.entityId());
      }
    }
    return new Classified(SourceClass.VAGUE, null);
  }

  /**
   * For "it" that follows no fitting source: the organisation, or the country acting as one, named
   * last before it in its sentence or the one before ("The Iranian delegation made clear that ...
   * what it claims as its rights" is Iran speaking); vague when there is none.
   */
  private static Classified actorBefore(List<Sentence> sentences, List<Entity> entities, Span at) {
    int from = at.start();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (s.start() <= at.start() && at.start() < s.end()) {
        from = sentences.get(Math.max(0, i - 1)).start();
        break;
      }
    }
    Named nearest =
        namedLastBefore(
            entities, EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY), from, at.start());
    return nearest != null
        ? new Classified(SourceClass.NAMED_ORGANIZATION, nearest.entity().id())
        : new Classified(SourceClass.VAGUE, null);
  }

  private static @Nullable Entity entityAt(List<Entity> entities, Token token) {
    Span at = new Span(token.start(), token.end());
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.span().overlaps(at)) {
          return e;
        }
      }
    }
    return null;
  }

  private static @Nullable Mention mentionAt(Entity e, Token token) {
    Span at = new Span(token.start(), token.end());
    for (Mention m : e.mentions()) {
      if (m.span().overlaps(at)) {
        return m;
      }
    }
    return null;
  }

  private static @Nullable Entity organizationIn(List<Entity> entities, Span span) {
    return entityIn(entities, span, EnumSet.of(EntityType.ORGANIZATION));
  }

  private static @Nullable Entity stateOrOrganizationIn(List<Entity> entities, Span span) {
    return entityIn(entities, span, EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY));
  }

  private static @Nullable Entity entityIn(
      List<Entity> entities, Span span, Set<EntityType> types) {
    for (Entity e : entities) {
      if (types.contains(e.type())) {
        for (Mention m : e.mentions()) {
          if (span.contains(m.span())) {
            return e;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable Entity firstEntityIn(List<Entity> entities, Span span) {
    Entity first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (span.contains(m.span()) && m.span().start() < firstAt) {
          first = e;
          firstAt = m.span().start();
        }
      }
    }
    return first;
  }
}
