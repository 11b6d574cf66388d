package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsgraph.enrich.TextAnalyzer;
import org.newsgraph.model.analysis.Analysis;

/**
 * Analysis throughput: every {@code .txt} file of a folder is analysed in full (entities, roles,
 * attributions, dates, summary, keyphrases), by N threads sharing one analyser, as {@code newsgraph
 * annotate} and ingest run it. After a warm-up pass, timed passes report articles and words per
 * second, the rate for 1,000-word articles, and the peak heap in use.
 *
 * <pre>java -Xmx2500m ... org.newsgraph.bench.AnnotateThroughput DIR [threads] [timed passes]</pre>
 */
public final class AnnotateThroughput {

  private AnnotateThroughput() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: AnnotateThroughput DIR [threads] [timed-passes]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    long words = texts.stream().mapToLong(AnnotateThroughput::words).sum();
    System.out.printf(
        Locale.ROOT,
        "%d texts, %.0f words each on average, %s, %d threads, %d cores, max heap %d MB, JDK %s%n",
        texts.size(),
        (double) words / texts.size(),
        dir,
        threads,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.version());
    TextAnalyzer analyzer = new TextAnalyzer();
    long loadStart = System.nanoTime();
    analyzer.analyze("Officials in Washington said the talks would resume.", null);
    System.out.printf(
        Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, analyzer, texts); // warm-up
      resetPeaks();
      long start = System.nanoTime();
      long entities = 0;
      for (int i = 0; i < passes; i++) {
        entities += run(pool, analyzer, texts);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double articles = (double) texts.size() * passes;
      double wordsPerSecond = words * passes / seconds;
      System.out.printf(
          Locale.ROOT,
          "%.2f articles/s, %.0f words/s = %.2f 1,000-word articles/s; %.1f entities/article;"
              + " peak heap in use %d MB%n",
          articles / seconds,
          wordsPerSecond,
          wordsPerSecond / 1000,
          entities / articles,
          peakHeap() >> 20);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long run(ExecutorService pool, TextAnalyzer analyzer, List<String> texts)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Future<Long>> done = new ArrayList<>();
    int workers = ((java.util.concurrent.ThreadPoolExecutor) pool).getCorePoolSize();
    for (int w = 0; w < workers; w++) {
      done.add(
          pool.submit(
              () -> {
                long found = 0;
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                  Analysis a = analyzer.analyze(texts.get(i), null, "en");
                  found += a.entities().size();
                }
                return found;
              }));
    }
    long total = 0;
    for (Future<Long> f : done) {
      total += f.get();
    }
    return total;
  }

  private static long words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
