package org.newsgraph.enrich.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Verbs that attribute content to a source: speech ("say", "tell", "warn"), writing and reporting
 * ("write", "report", "announce"), cognition and attitude ("believe", "expect", "fear"), and
 * intention ("plan", "promise", "vow"). Every inflection is recognised ("said", "says", "saying");
 * the lexicon maps each form to its base.
 */
final class CueLexicon {

  /** How a verb attributes. */
  enum Kind {
    /** Says or writes: content is what was said. */
    SPEECH,
    /** Believes, expects, wants: content is an attitude or intention. */
    ATTITUDE
  }

  private static final String SPEECH =
      "say tell add note warn argue claim insist stress caution explain write report announce"
          + " state suggest acknowledge admit deny agree disagree ask urge declare confirm reveal"
          + " respond reply concede recall tweet post predict estimate describe mention cite"
          + " emphasize emphasise highlight point observe allege assert complain contend charge comment"
          + " remark testify maintain conclude caution advise boast brag joke quip concur"
          + " disclose indicate show find accuse criticize criticise blast attack praise"
          + " question challenge dismiss reject threaten demand promise pledge vow propose"
          + " recommend encourage applaud welcome defend counter repeat reiterate"
          + " call condemn discuss echo liken deride blame hail tout denounce slam mock urge"
          + " detail outline insist acknowledge rule express vote publish promote continue speak";

  private static final String ATTITUDE =
      "believe think expect want hope fear worry doubt feel know plan intend aim seek wish"
          + " consider prefer support oppose endorse decide refuse decline understand discover learn"
          + " realize realise recognize recognise suspect speculate wonder assume";

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("told", "tell"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("thought", "think"),
          Map.entry("knew", "know"),
          Map.entry("known", "know"),
          Map.entry("found", "find"),
          Map.entry("shown", "show"),
          Map.entry("felt", "feel"),
          Map.entry("sought", "seek"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("understood", "understand"));

  private static final Map<String, String> FORMS = new HashMap<>();
  private static final Map<String, Kind> KINDS = new HashMap<>();

  static {
    for (String v : SPEECH.split(" ")) {
      register(v, Kind.SPEECH);
    }
    for (String v : ATTITUDE.split(" ")) {
      register(v, Kind.ATTITUDE);
    }
    IRREGULAR.forEach(
        (form, base) -> {
          if (KINDS.containsKey(base)) {
            FORMS.put(form, base);
          }
        });
  }

  private CueLexicon() {}

  private static void register(String base, Kind kind) {
    KINDS.put(base, kind);
    FORMS.put(base, base);
    String stem = base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
    boolean es =
        base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x");
    if (base.endsWith("y")
        && !base.endsWith("ay")
        && !base.endsWith("ey")
        && !base.endsWith("oy")) {
      String y = base.substring(0, base.length() - 1);
      FORMS.put(y + "ies", base);
      FORMS.put(y + "ied", base);
      FORMS.put(base + "ing", base);
    } else {
      FORMS.put(base + (es ? "es" : "s"), base);
      FORMS.put(stem + "ed", base);
      FORMS.put(stem + "ing", base);
      // doubled final consonant: "admitted", "committing"
      char last = base.charAt(base.length() - 1);
      if ("tpgmn".indexOf(last) >= 0 && base.length() <= 6) {
        FORMS.put(base + last + "ed", base);
        FORMS.put(base + last + "ing", base);
      }
    }
  }

  /** The base form of {@code word} if it is an attributing verb, else null. */
  static String base(String word) {
    return FORMS.get(word.toLowerCase(Locale.ROOT));
  }

  /** How the verb with base form {@code base} attributes. */
  static Kind kind(String base) {
    return KINDS.getOrDefault(base, Kind.SPEECH);
  }
}
