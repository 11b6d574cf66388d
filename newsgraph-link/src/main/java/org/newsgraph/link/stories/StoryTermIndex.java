package org.newsgraph.link.stories;

import java.util.Arrays;

/**
 * Which live stories hold which terms, so that the word similarity of a new article (or a grown
 * story) with every story in its window need not be computed as a full sparse product. A query
 * walks the postings of its rarer terms only, summing their exact products into each story met; the
 * commoner terms, whose postings hold most stories, are left out but their share of the query is
 * returned as a norm, which bounds what they can add to any story (Cauchy–Schwarz). The clusterer
 * computes the full product only for the stories whose bound can still win.
 *
 * <p>Stories are never removed eagerly: a story merged away or let go of is marked dead and dropped
 * from a posting list when a query walks it, when the list is about to grow, or at the clusterer's
 * periodic {@link #dropDead sweep}.
 */
final class StoryTermIndex {

  /**
   * Largest share of a query's length left to the bound. Small enough that an unrelated story's
   * bound stays clear of the join threshold, large enough that the commonest terms, whose postings
   * are longest, are not walked.
   */
  static final double COMMON_SHARE = 0.25;

  // term ids are small and dense (the vocabulary numbers its words in order of appearance)
  private Postings[] postings = new Postings[1024];

  /** Records that {@code story} now holds {@code term}. */
  void add(int term, StoryClusterer.Story story) {
    if (term >= postings.length) {
      postings = Arrays.copyOf(postings, Math.max(term + 1, postings.length * 2));
    }
    if (postings[term] == null) {
      postings[term] = new Postings();
    }
    postings[term].add(story);
  }

  /**
   * Adds, into each live story that holds one of the query's rarer terms, the products of those
   * terms ({@link StoryClusterer.Story#partial}, valid where the story's stamp equals {@code
   * stamp}), and returns the length of the part of the query not walked.
   *
   * @param terms the query's term ids, increasing
   * @param weights their weights, all positive
   * @param norm the query's length
   */
  double accumulate(int[] terms, float[] weights, double norm, int stamp) {
    int n = terms.length;
    Postings[] lists = new Postings[n];
    // the longest postings are the costliest to walk: leave those to the bound first
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      lists[i] = terms[i] < postings.length ? postings[terms[i]] : null;
      order[i] = ((long) -size(lists[i]) << 32) | i;
    }
    Arrays.sort(order);
    double budget = COMMON_SHARE * COMMON_SHARE * norm * norm;
    double common = 0;
    boolean[] skipped = new boolean[n];
    for (long key : order) {
      int i = (int) key;
      if (lists[i] == null) {
        break; // the rest hold no story
      }
      double w2 = (double) weights[i] * weights[i];
      if (common + w2 <= budget) {
        common += w2;
        skipped[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!skipped[i] && lists[i] != null) {
        lists[i].accumulate(terms[i], weights[i], stamp);
      }
    }
    return Math.sqrt(common);
  }

  /**
   * Drops every dead story from every list, and lists left empty: a term only a retired story held
   * is never walked or added to again, so without a sweep its list would keep that story alive. The
   * clusterer sweeps once as many stories have died as are alive, which keeps the cost per death at
   * about a story's number of terms.
   */
  void dropDead() {
    for (int t = 0; t < postings.length; t++) {
      Postings p = postings[t];
      if (p != null) {
        p.dropDead();
        if (p.size == 0) {
          postings[t] = null;
        }
      }
    }
  }

  /** How many (term, story) entries the lists hold, dead stories not yet dropped included. */
  long entries() {
    long n = 0;
    for (Postings p : postings) {
      n += size(p);
    }
    return n;
  }

  private static int size(Postings p) {
    return p == null ? 0 : p.size;
  }

  /** Postings of one term: the stories holding it, dead ones dropped as they are met. */
  private static final class Postings {
    private StoryClusterer.Story[] stories = new StoryClusterer.Story[4];
    private int size;

    void add(StoryClusterer.Story s) {
      if (size == stories.length) {
        // a common term's list is seldom walked: drop its dead stories before it grows, so
        // that stories let go of are not held here
        dropDead();
        if (size * 2 > stories.length) {
          stories = Arrays.copyOf(stories, stories.length * 2);
        }
      }
      stories[size++] = s;
    }

    private void dropDead() {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (stories[i].alive()) {
          stories[kept++] = stories[i];
        }
      }
      Arrays.fill(stories, kept, size, null);
      size = kept;
      shrink();
    }

    void accumulate(int term, float weight, int stamp) {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        StoryClusterer.Story s = stories[i];
        if (!s.alive()) {
          continue;
        }
        stories[kept++] = s;
        s.accumulate(stamp, (double) weight * s.termWeight(term));
      }
      Arrays.fill(stories, kept, size, null);
      size = kept;
      shrink();
    }

    private void shrink() {
      if (size < stories.length / 4 && stories.length > 16) {
        stories = Arrays.copyOf(stories, Math.max(16, size * 2));
      }
    }
  }
}
