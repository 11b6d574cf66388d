package org.newsgraph.enrich.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags parts of speech with Stanford CoreNLP's left-3-words tagger, which was trained on newswire
 * (the Penn Treebank's Wall Street Journal) and tags news far better than a model trained on web
 * text: names, reporting verbs and auxiliaries are where the attribution rules depend on it. Its
 * Penn Treebank tags are mapped to the Universal Dependencies tags the rest of the analysis reads.
 *
 * <p>The model (13 MB) ships in CoreNLP's models jar, which the recogniser needs anyway; it loads
 * on first use, once per process, and the tagger is shared between threads.
 */
final class NewsTagger {

  private static final String MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static final Set<String> AUXILIARY_HAVE_DO =
      Set.of(
          "have", "has", "had", "having", "do", "does", "did", "'ve", "\u2019ve", "'d", "\u2019d");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "that",
          "because",
          "although",
          "though",
          "if",
          "whether",
          "unless",
          "whereas",
          "while",
          "once",
          "so");

  /** The tags of some words: Universal Dependencies and the Treebank's, one each per word. */
  record Tags(String[] universal, String[] treebank) {}

  /** The tags of {@code words}, one per word. */
  Tags tag(String[] words) {
    List<Word> sentence = new ArrayList<>(words.length);
    for (String w : words) {
      sentence.add(new Word(asTreebank(w)));
    }
    List<TaggedWord> tagged = tagger().tagSentence(sentence);
    String[] ptb = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      ptb[i] = tagged.get(i).tag();
    }
    String[] out = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = universal(words, ptb, i);
    }
    return new Tags(out, ptb);
  }

  /** The word as the Treebank spells it: straight or doubled quotes, bracket names. */
  private static String asTreebank(String w) {
    return switch (w) {
      case "\u201c" -> "``";
      case "\u201d" -> "''";
      case "\"" -> "''";
      case "(" -> "-LRB-";
      case ")" -> "-RRB-";
      case "[" -> "-LSB-";
      case "]" -> "-RSB-";
      case "\u2014", "\u2013" -> "--";
      default -> w.replace('\u2019', '\'').replace('\u2018', '\'');
    };
  }

  private static String universal(String[] words, String[] ptb, int i) {
    String tag = ptb[i];
    String lower = words[i].toLowerCase(Locale.ROOT);
    return switch (tag) {
      case "NN", "NNS" -> "NOUN";
      case "NNP", "NNPS" -> "PROPN";
      case "MD" -> "AUX";
      case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ" -> verb(words, ptb, i, lower);
      case "JJ", "JJR", "JJS" -> "ADJ";
      case "RB", "RBR", "RBS" -> Token.isNegation(lower) ? "PART" : "ADV";
      case "WRB" -> "ADV";
      case "IN" -> SUBORDINATORS.contains(lower) ? "SCONJ" : "ADP";
      case "RP" -> "ADP";
      case "TO", "POS" -> "PART";
      case "PRP", "PRP$", "WP", "WP$", "EX" -> "PRON";
      case "WDT" -> lower.equals("that") || lower.equals("which") ? "PRON" : "DET";
      case "DT", "PDT" -> "DET";
      case "CD" -> "NUM";
      case "CC" -> "CCONJ";
      case "UH" -> "INTJ";
      case "$", "#", "SYM" -> "SYM";
      case "FW", "LS" -> "X";
      default -> "PUNCT";
    };
  }

  /** "is", "will" and an auxiliary "has" or "did" are AUX, as Universal Dependencies has them. */
  private static String verb(String[] words, String[] ptb, int i, String lower) {
    if (lower.equals("'s") || lower.equals("\u2019s")) {
      return "AUX";
    }
    if (Token.isFormOfBe(lower)) {
      return "AUX";
    }
    if (AUXILIARY_HAVE_DO.contains(lower)) {
      for (int j = i + 1; j < words.length && j <= i + 4; j++) {
        String t = ptb[j];
        if (t.startsWith("VB")) {
          return "AUX";
        }
        if (!t.startsWith("RB") && !t.equals("PRP") && !t.equals("NNP")) {
          break; // "has a plan", but "has not said", "did he say"
        }
      }
    }
    return "VERB";
  }

  private static MaxentTagger tagger() {
    return Loaded.TAGGER;
  }

  /** Loads the model when first asked for, once per process (the JVM's lazy class init). */
  private static final class Loaded {
    static final MaxentTagger TAGGER = new MaxentTagger(MODEL);
  }
}
