package org.newsgraph.link;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.newsgraph.model.Article;
import org.newsgraph.model.Capture;

/**
 * A fingerprint of an article's text that two copies share even when they differ in headline,
 * spacing, punctuation, capitalisation or Unicode form: the SHA-256 of the body's words,
 * lowercased, in order. Equal fingerprints mean the same text; near-copies need a similarity
 * measure instead.
 */
public final class CopyFingerprint {

  private CopyFingerprint() {}

  /** The fingerprint of {@code article}'s body, as 32 hex digits. */
  public static String of(Article article) {
    return ofText(article.body());
  }

  /** The fingerprint of a text, as 32 hex digits. */
  public static String ofText(String text) {
    String words =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    return Capture.sha256(words.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }
}
