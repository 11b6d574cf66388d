package org.newsgraph.enrich.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.enrich.nlp.Sentence;
import org.newsgraph.enrich.nlp.Token;

/**
 * Stanford CoreNLP's statistical named-entity recogniser (the CRF "english.all.3class.distsim"
 * model: PERSON, ORGANIZATION, LOCATION), alone: no regular-expression types and no SUTime, which
 * are five times slower. Loaded on first use, once per process; shared between threads.
 */
final class CoreNlpNer {

  private static final String MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The names in {@code sentences}. */
  List<NerSpan> recognize(List<Sentence> sentences) {
    CRFClassifier<CoreLabel> crf = classifier();
    List<NerSpan> out = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      List<CoreLabel> labels = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        CoreLabel l = new CoreLabel();
        l.setWord(t.text());
        l.setValue(t.text());
        l.setOriginalText(t.text());
        l.setBeginPosition(t.start());
        l.setEndPosition(t.end());
        labels.add(l);
      }
      List<CoreLabel> tagged = crf.classifySentence(labels);
      int i = 0;
      while (i < tagged.size()) {
        String type = tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class);
        if (type == null || type.equals("O")) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < tagged.size()
            && type.equals(tagged.get(j + 1).get(CoreAnnotations.AnswerAnnotation.class))) {
          j++;
        }
        out.add(new NerSpan(s, i, j, tokens.get(i).start(), tokens.get(j).end(), type));
        i = j + 1;
      }
    }
    return out;
  }

  private static CRFClassifier<CoreLabel> classifier() {
    return Loaded.CLASSIFIER;
  }

  /** Loads the model when first asked for, once per process (the JVM's lazy class init). */
  private static final class Loaded {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();

    private static CRFClassifier<CoreLabel> load() {
      try {
        return CRFClassifier.getClassifier(MODEL);
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException(
            "cannot load the CoreNLP model " + MODEL + "; add stanford-corenlp's models jar", e);
      }
    }
  }
}
