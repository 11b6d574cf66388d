package org.newsgraph.enrich.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a common noun names things rather than people ("incident", "week", "aid" against
 * "observers", "partners"), from the animacy word lists that CoreNLP's coreference models ship in
 * the models artifact the analysis already uses. A report whose subject is a thing ("The incident
 * highlights ...") rests on nobody's authority, which is not the same as unnamed people's.
 *
 * <p>The lists load on first use, once per process.
 */
final class Animacy {

  private static final String DIR = "/edu/stanford/nlp/models/dcoref/";

  private Animacy() {}

  /**
   * Whether {@code word} (any case) is listed as inanimate and not as animate; an unknown word is
   * not a thing, so it keeps the benefit of the doubt.
   */
  static boolean isThing(String word) {
    return Loaded.THINGS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Loads the lists when first asked for (the JVM's lazy class init). */
  private static final class Loaded {
    static final Set<String> THINGS = things();
  }

  private static Set<String> things() {
    Set<String> things = read("inanimate.unigrams.txt");
    // a word on both lists ("partners", "party") is left to the benefit of the doubt
    things.removeAll(read("animate.unigrams.txt"));
    return Set.copyOf(things);
  }

  private static Set<String> read(String file) {
    InputStream stream = Animacy.class.getResourceAsStream(DIR + file);
    if (stream == null) {
      throw new IllegalStateException(
          DIR + file + " is not on the classpath; add the stanford-corenlp models artifact");
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String w = line.strip();
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DIR + file, e);
    }
    return words;
  }
}
