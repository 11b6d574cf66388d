package org.newsgraph.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.newsgraph.eval.extract.ExtractionDataset;
import org.newsgraph.eval.extract.LabelledPage;
import org.newsgraph.extract.ArticleExtractors;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.Capture;
import org.newsgraph.model.MediaType;

/**
 * Extraction throughput on one thread over a page set in the article-extraction-benchmark layout:
 * the pages are loaded into memory, the extractor runs over all of them until the JIT has settled,
 * then timed passes report pages per second and bytes allocated per page. For comparison the same
 * is measured for jsoup's parser alone, the floor any DOM-based extractor stands on.
 *
 * <pre>java ... org.newsgraph.bench.ExtractThroughput DIR [warm-up passes] [timed passes]</pre>
 */
public final class ExtractThroughput {

  private ExtractThroughput() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractThroughput DIR [warmup-passes] [timed-passes]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int timed = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    ExtractionDataset dataset = ExtractionDataset.open(dir);
    List<Capture> pages = new ArrayList<>();
    long bytes = 0;
    for (String id : dataset.ids()) {
      LabelledPage p = dataset.page(id);
      pages.add(Capture.of(p.url(), MediaType.TEXT_HTML, Instant.now(), p.html()));
      bytes += p.html().length;
    }
    ArticleExtractors extractor = ArticleExtractors.standard();
    Task extract =
        c -> {
          Extraction e = extractor.extract(c);
          return e instanceof Extraction.Extracted x ? x.article().body().length() : 0;
        };
    Task parse =
        c ->
            Jsoup.parse(new String(c.content(), StandardCharsets.UTF_8), c.source())
                .childNodeSize();

    System.out.printf(
        Locale.ROOT,
        "%d pages, %.1f MB, %s, %d cores available, JDK %s%n",
        pages.size(),
        bytes / 1e6,
        dir,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version());
    report("jsoup parse only", measure(parse, pages, warmup, timed), pages.size());
    report("newsgraph extract", measure(extract, pages, warmup, timed), pages.size());
  }

  @FunctionalInterface
  private interface Task {
    int run(Capture capture);
  }

  private record Measurement(double seconds, long allocatedBytes, int passes) {}

  private static Measurement measure(Task task, List<Capture> pages, int warmup, int timed) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      for (Capture c : pages) {
        sink += task.run(c);
      }
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    for (int i = 0; i < timed; i++) {
      for (Capture c : pages) {
        sink += task.run(c);
      }
    }
    long nanos = System.nanoTime() - start;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
    if (sink == 42) {
      System.out.print(""); // keeps the work observable to the JIT
    }
    return new Measurement(nanos / 1e9, allocated, timed);
  }

  private static void report(String what, Measurement m, int pages) {
    double total = (double) pages * m.passes();
    System.out.printf(
        Locale.ROOT,
        "%-18s %7.1f pages/s  %6.2f ms/page  %6.1f MB allocated/page%n",
        what,
        total / m.seconds(),
        m.seconds() * 1000 / total,
        m.allocatedBytes() / total / 1e6);
  }
}
