package org.newsgraph.link.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BgeSmallEmbedderTest {

  private static final BgeSmallEmbedder EMBEDDER = new BgeSmallEmbedder();

  @Test
  void shippedBaselineIsTheMeanOfTheGenericHeadlines() {
    float[] shipped = EMBEDDER.baseline();
    float[] computed = GenericText.meanVector(EMBEDDER);

    assertThat(shipped).hasSize(EMBEDDER.dimensions());
    for (int i = 0; i < shipped.length; i++) {
      assertThat(shipped[i]).as("dimension %d", i).isCloseTo(computed[i], within(1e-4f));
    }
  }

  @Test
  void centringSpreadsTheCosinesOfUnrelatedHeadlines() {
    float[] mean = EMBEDDER.baseline();
    float[] a = EMBEDDER.embed("Government announces new tax on sugary drinks");
    float[] b = EMBEDDER.embed("Comet visible to the naked eye this week");

    assertThat(cosine(a, b, new float[mean.length])).isGreaterThan(0.3);
    assertThat(cosine(a, b, mean)).isLessThan(cosine(a, b, new float[mean.length]) - 0.2);
  }

  private static double cosine(float[] a, float[] b, float[] mean) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      double x = a[i] - mean[i];
      double y = b[i] - mean[i];
      dot += x * y;
      na += x * x;
      nb += y * y;
    }
    return dot / Math.sqrt(na * nb);
  }
}
