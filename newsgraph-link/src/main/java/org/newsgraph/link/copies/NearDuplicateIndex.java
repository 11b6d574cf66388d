package org.newsgraph.link.copies;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.newsgraph.link.state.StateReader;
import org.newsgraph.link.state.StateWriter;

/**
 * Finds, for a new text, an earlier text it nearly copies, in time that does not grow with the
 * corpus: locality-sensitive hashing over MinHash signatures. Each signature is cut into bands of
 * rows; texts that agree on a whole band are candidates, and a candidate counts when the
 * signatures' agreement (the estimated Jaccard similarity of their shingles) reaches the threshold.
 * With 8 bands of 8 rows, pairs at Jaccard 0.8 meet in at least one band 94% of the time, pairs at
 * 0.5 3% of the time. Entries live in primitive arrays (about 300 bytes per text), so a million
 * texts take about 300 MB.
 *
 * <p>Not thread-safe: one writer adds and looks up, in arrival order.
 */
public final class NearDuplicateIndex {

  private static final int BANDS = 8;
  private static final int ROWS = MinHash.SIZE / BANDS;

  private final double threshold;
  private String[] ids = new String[1024];
  private int[][] signatures = new int[1024][];
  private int size;
  private final BandTable[] bands = new BandTable[BANDS];

  /** An index that counts texts at or above {@code threshold} estimated Jaccard as copies. */
  public NearDuplicateIndex(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
    for (int b = 0; b < BANDS; b++) {
      bands[b] = new BandTable();
    }
  }

  /** The earliest text added whose signature is at least the threshold close, if any. */
  public @Nullable String find(int[] signature) {
    int best = Integer.MAX_VALUE;
    for (int b = 0; b < BANDS; b++) {
      long key = bandKey(signature, b);
      for (int e = bands[b].first(key); e >= 0; e = bands[b].next(e)) {
        int doc = bands[b].doc(e);
        if (doc < best && MinHash.similarity(signature, signatures[doc]) >= threshold) {
          best = doc;
        }
      }
    }
    return best == Integer.MAX_VALUE ? null : ids[best];
  }

  /** Adds a text's signature under {@code id}. */
  public void add(String id, int[] signature) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
      signatures = Arrays.copyOf(signatures, size * 2);
    }
    ids[size] = id;
    signatures[size] = signature.clone();
    for (int b = 0; b < BANDS; b++) {
      bands[b].add(bandKey(signature, b), size);
    }
    size++;
  }

  /** Writes the ids and signatures, in the order they were added. */
  public void writeTo(StateWriter out) throws IOException {
    out.section("near-copies", 1);
    out.writeInt(size);
    for (int i = 0; i < size; i++) {
      out.writeString(ids[i]);
      out.writeInts(signatures[i]);
    }
  }

  /**
   * Adds what {@link #writeTo} wrote, to an empty index; the band tables are built again, as adding
   * builds them.
   */
  public void readFrom(StateReader in) throws IOException {
    if (size != 0) {
      throw new IllegalStateException("the index is not empty");
    }
    in.section("near-copies", 1);
    int n = in.readCount();
    for (int i = 0; i < n; i++) {
      String id = in.readString();
      int[] signature = in.readInts();
      if (signature.length != MinHash.SIZE) {
        throw new IOException("damaged state file: a signature of " + signature.length);
      }
      add(id, signature);
    }
  }

  /** How many texts are indexed. */
  public int size() {
    return size;
  }

  private static long bandKey(int[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h = (h ^ sig[r]) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 29;
    }
    return h;
  }

  /** A multimap from band key to documents, as chained entries in primitive arrays. */
  private static final class BandTable {
    private int[] heads = new int[1 << 10];
    private long[] keys = new long[1024];
    private int[] docs = new int[1024];
    private int[] nexts = new int[1024];
    private int entries;

    BandTable() {
      Arrays.fill(heads, -1);
    }

    int first(long key) {
      int e = heads[slot(key)];
      while (e >= 0 && keys[e] != key) {
        e = nexts[e];
      }
      return e;
    }

    int next(int entry) {
      long key = keys[entry];
      int e = nexts[entry];
      while (e >= 0 && keys[e] != key) {
        e = nexts[e];
      }
      return e;
    }

    int doc(int entry) {
      return docs[entry];
    }

    void add(long key, int doc) {
      if (entries == keys.length) {
        keys = Arrays.copyOf(keys, entries * 2);
        docs = Arrays.copyOf(docs, entries * 2);
        nexts = Arrays.copyOf(nexts, entries * 2);
      }
      if (entries >= heads.length) {
        rehash(heads.length * 2);
      }
      int s = slot(key);
      keys[entries] = key;
      docs[entries] = doc;
      nexts[entries] = heads[s];
      heads[s] = entries;
      entries++;
    }

    private void rehash(int capacity) {
      heads = new int[capacity];
      Arrays.fill(heads, -1);
      // re-link in insertion order so each chain stays newest first
      for (int e = 0; e < entries; e++) {
        int s = slot(keys[e]);
        nexts[e] = heads[s];
        heads[s] = e;
      }
    }

    private int slot(long key) {
      return (int) (key ^ (key >>> 32)) & (heads.length - 1);
    }
  }
}
