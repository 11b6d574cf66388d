package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.newsgraph.model.analysis.EntityType;

/**
 * Catalog ids for entities: the type and a slug of the name, "person:donald-trump",
 * "organization:islamic-revolutionary-guard-corps". Accents and punctuation fold away, so
 * "Al-Qaeda" and "Al Qaeda" share an id; a name with no Latin letters or digits gets a hash
 * instead.
 */
final class EntityIds {

  private EntityIds() {}

  static String of(EntityType type, String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    String prefix = type.name().toLowerCase(Locale.ROOT) + ":";
    return folded.isEmpty() ? prefix + hash(name) : prefix + folded;
  }

  private static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
