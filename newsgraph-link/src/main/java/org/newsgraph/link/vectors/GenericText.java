package org.newsgraph.link.vectors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A hundred-odd headlines of everyday news on every kind of subject (business, politics, weather,
 * sport, science, culture), written for this project. Their mean vector under a sentence encoder is
 * where that encoder puts "some news headline": the point story comparisons measure from.
 */
public final class GenericText {

  private static final String RESOURCE = "generic-headlines.txt";

  private GenericText() {}

  /** The headlines, one per entry. */
  public static List<String> headlines() {
    InputStream in = GenericText.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mean of {@code embedder}'s vectors of the headlines. */
  public static float[] meanVector(TextEmbedder embedder) {
    double[] sum = new double[embedder.dimensions()];
    List<String> headlines = headlines();
    for (String h : headlines) {
      float[] v = embedder.embed(h);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    float[] mean = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      mean[i] = (float) (sum[i] / headlines.size());
    }
    return mean;
  }
}
